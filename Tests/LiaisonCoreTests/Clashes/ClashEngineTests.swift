import Foundation
import LiaisonCore
import XCTest

final class ClashEngineTests: XCTestCase {
    private let engine = ClashEngine()

    /// A snapshot where several kinds fire at once.
    private func busySnapshot() throws -> ClashSnapshot {
        var snapshot = try ClashFixture.snapshot()
        try ClashFixture.editPlan(&snapshot, ClashFixture.planID("region:north")) {
            $0.objectives = try ClashFixture.objectives(ranks: ["obj:early-dx": 4, "obj:safety": 1])
            $0.studySites.append(try ClashFixture.site("inst:clinic-north"))
        }
        snapshot.themeActivity = [
            ThemeActivity(regionID: "region:north", theme: "unmet-need", recentCount: 30, previousCount: 10, sampleInsightIDs: []),
            ThemeActivity(regionID: "region:south", theme: "competitor", recentCount: 14, previousCount: 10, sampleInsightIDs: []),
        ]
        snapshot.decisions = [try ClashFixture.decision(
            topic: .educationalFormat, status: .decided, resolution: .executiveRuling, decidedBy: "person:office",
            decidedAt: ClashFixture.day(-3))]
        return snapshot
    }

    func testEvaluateAllRanksBySeverityThenID() throws {
        let clashes = engine.evaluateAll(try busySnapshot(), config: .defaults)
        XCTAssertEqual(Set(clashes.map(\.kind)), [.priorityDivergence, .unaddressedSignal, .studySite, .roleOverreach])
        XCTAssertEqual(clashes, clashes.sorted(by: Clash.ranksBefore))
        XCTAssertEqual(clashes.first?.id, "unaddressedSignal:region:north/theme:unmet-need")
        for pair in zip(clashes, clashes.dropFirst()) {
            XCTAssertTrue(pair.0.severity > pair.1.severity || (pair.0.severity == pair.1.severity && pair.0.id < pair.1.id))
        }
    }

    func testIDsAreStableAcrossRecomputesAndUnrelatedEdits() throws {
        var snapshot = try busySnapshot()
        let first = engine.evaluateAll(snapshot, config: .defaults)
        XCTAssertEqual(engine.evaluateAll(snapshot, config: .defaults), first)
        snapshot.themeActivity[1].recentCount = 20
        let second = engine.evaluateAll(snapshot, config: .defaults)
        XCTAssertEqual(Set(second.map(\.id)), Set(first.map(\.id)))
        XCTAssertEqual(second.filter { $0.regionID == "region:north" }, first.filter { $0.regionID == "region:north" })
        XCTAssertTrue(first.map(\.id).contains("priorityDivergence:region:north/obj:early-dx"))
    }

    func testNewInsightOnlyReevaluatesItsRegionAndTheme() throws {
        var snapshot = try busySnapshot()
        let change = DataChange.insightLogged(regionID: "region:south", theme: "competitor")
        for rule in ClashEngine.standardRules where rule.kind != .unaddressedSignal {
            XCTAssertTrue(rule.scope(of: change, in: snapshot).isEmpty, "\(rule.kind) must ignore a new insight")
        }
        XCTAssertEqual(
            UnaddressedSignalRule().scope(of: change, in: snapshot),
            .subjects(["region:south/theme:competitor"]))

        var previous = engine.evaluateAll(snapshot, config: .defaults)
        // A stale clash outside the scope survives: proof that nothing else was recomputed.
        var stale = previous.first { $0.kind == .unaddressedSignal && $0.regionID == "region:north" }!
        stale.fieldPosition = "stale"
        previous = previous.map { $0.id == stale.id ? stale : $0 }
        snapshot.themeActivity[1].recentCount = 40
        let updated = engine.update(previous: previous, snapshot: snapshot, config: .defaults, change: change)
        XCTAssertEqual(updated.first { $0.id == stale.id }?.fieldPosition, "stale")
        let south = updated.first { $0.id == "unaddressedSignal:region:south/theme:competitor" }
        XCTAssertEqual(south?.severity, 15 + 45 + 35)
    }

    func testIncrementalUpdatesEqualFullRecomputeOverRandomEdits() throws {
        let config = ClashConfig.defaults
        for seed: UInt64 in [1, 7, 2027] {
            var editor = RandomEditor(seed: seed)
            var snapshot = try ClashFixture.snapshot()
            var current = engine.evaluateAll(snapshot, config: config)
            var appliedInPlace = current
            var kindsSeen: Set<ClashKind> = []
            var changesSeen: Set<String> = []
            for step in 0..<400 {
                let change = try editor.edit(&snapshot, currentClashIDs: current.map(\.id))
                changesSeen.insert(String(describing: change).prefix { $0 != "(" }.description)
                let incremental = engine.update(previous: current, snapshot: snapshot, config: config, change: change)
                let full = engine.evaluateAll(snapshot, config: config)
                guard incremental == full else {
                    let missing = Set(full).subtracting(incremental).map(\.id).sorted()
                    let extra = Set(incremental).subtracting(full).map(\.id).sorted()
                    return XCTFail("seed \(seed) step \(step) after \(change): missing \(missing), extra \(extra)")
                }
                engine.apply(change, to: &appliedInPlace, snapshot: snapshot, config: config)
                XCTAssertEqual(appliedInPlace, full, "seed \(seed) step \(step): in-place apply differs")
                kindsSeen.formUnion(full.map(\.kind))
                current = incremental
            }
            XCTAssertEqual(
                kindsSeen, [.priorityDivergence, .unaddressedSignal, .studySite, .nationalVoice, .roleOverreach, .stalledDecision],
                "seed \(seed) should exercise every kind")
            XCTAssertEqual(changesSeen.count, 6, "seed \(seed) should exercise every change: \(changesSeen)")
        }
    }

    func testEveryRuleHonoursItsScope() throws {
        var editor = RandomEditor(seed: 99)
        var snapshot = try ClashFixture.snapshot()
        var ids: [String] = []
        for _ in 0..<150 {
            let change = try editor.edit(&snapshot, currentClashIDs: ids)
            ids = engine.evaluateAll(snapshot, config: .defaults).map(\.id)
            for rule in ClashEngine.standardRules {
                let scope = rule.scope(of: change, in: snapshot)
                let scoped = rule.evaluate(snapshot, config: .defaults, in: scope).sorted(by: Clash.ranksBefore)
                let expected = rule.evaluate(snapshot, config: .defaults).filter(scope.contains).sorted(by: Clash.ranksBefore)
                XCTAssertEqual(scoped, expected, "\(rule.kind) after \(change)")
            }
        }
    }
}
