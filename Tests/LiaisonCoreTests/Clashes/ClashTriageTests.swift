import Foundation
import LiaisonCore
import XCTest

final class ClashTriageTests: XCTestCase {
    private let engine = ClashEngine()
    private let divergenceID = "priorityDivergence:region:north/obj:early-dx"

    private func divergentSnapshot() throws -> ClashSnapshot {
        var snapshot = try ClashFixture.snapshot()
        try ClashFixture.editPlan(&snapshot, ClashFixture.planID("region:north")) {
            $0.objectives = try ClashFixture.objectives(ranks: ["obj:early-dx": 4, "obj:safety": 1])
        }
        return snapshot
    }

    func testDismissalNeedsAReason() throws {
        XCTAssertThrowsError(try ClashTriage(clashID: divergenceID, state: .dismissed, by: "person:md", at: ClashFixture.now)) {
            XCTAssertEqual(($0 as? ValidationError)?.field, "reason")
        }
        XCTAssertThrowsError(try ClashTriage(clashID: divergenceID, state: .dismissed, reason: "  ", by: "person:md", at: ClashFixture.now))
        XCTAssertNoThrow(try ClashTriage(
            clashID: divergenceID, state: .dismissed, reason: "ranking agreed at the kickoff", by: "person:md", at: ClashFixture.now))
    }

    func testOnlyEscalationOrResolutionNamesADecision() throws {
        XCTAssertThrowsError(try ClashTriage(
            clashID: divergenceID, state: .acknowledged, decisionID: UUID(), by: "person:md", at: ClashFixture.now)) {
            XCTAssertEqual(($0 as? ValidationError)?.field, "decisionID")
        }
        XCTAssertNoThrow(try ClashTriage(clashID: divergenceID, state: .escalated, decisionID: UUID(), by: "person:md", at: ClashFixture.now))
        XCTAssertThrowsError(try ClashTriage(clashID: "", state: .acknowledged, by: "person:md", at: ClashFixture.now))
        XCTAssertThrowsError(try ClashTriage(clashID: divergenceID, state: .acknowledged, by: "nobody", at: ClashFixture.now))
    }

    func testLatestRecordPerClashWins() throws {
        let older = try ClashTriage(clashID: divergenceID, state: .escalated, by: "person:md", at: ClashFixture.day(-3))
        let newer = try ClashTriage(clashID: divergenceID, state: .acknowledged, by: "person:md", at: ClashFixture.day(-1))
        XCTAssertEqual(ClashTriage.latest([newer, older])[divergenceID], newer)
        XCTAssertEqual(ClashTriage.latest([older, newer])[divergenceID], newer)
    }

    func testTriageSurvivesRecomputeAndResolvesByData() throws {
        var snapshot = try divergentSnapshot()
        let acknowledged = try ClashTriage(clashID: divergenceID, state: .acknowledged, by: "person:md", at: ClashFixture.day(-2))
        let otherID = "priorityDivergence:region:north/obj:safety"
        let closed = try ClashTriage(clashID: otherID, state: .resolved, by: "person:md", at: ClashFixture.day(-2))
        var statuses = ClashStatus.merge(clashes: engine.evaluateAll(snapshot, config: .defaults), triage: [acknowledged, closed])
        XCTAssertEqual(statuses.map(\.clashID), [divergenceID, otherID])
        XCTAssertEqual(statuses.map(\.disposition), [.acknowledged, .resolved])
        XCTAssertNotNil(statuses[1].clash, "a clash marked resolved that still computes keeps its current data")

        // Unrelated data change: same ids, triage still applies.
        snapshot.themeActivity = [ThemeActivity(
            regionID: "region:south", theme: "unmet-need", recentCount: 12, previousCount: 12, sampleInsightIDs: [])]
        statuses = ClashStatus.merge(clashes: engine.evaluateAll(snapshot, config: .defaults), triage: [acknowledged, closed])
        XCTAssertEqual(statuses.first { $0.clashID == divergenceID }?.disposition, .acknowledged)
        XCTAssertEqual(statuses.first { $0.clashID == "unaddressedSignal:region:south/theme:unmet-need" }?.disposition, .open)

        // The region realigns its ranks: the cause disappears.
        try ClashFixture.editPlan(&snapshot, ClashFixture.planID("region:north")) { $0.objectives = try ClashFixture.objectives() }
        statuses = ClashStatus.merge(clashes: engine.evaluateAll(snapshot, config: .defaults), triage: [acknowledged, closed])
        let gone = statuses.first { $0.clashID == divergenceID }
        XCTAssertEqual(gone?.disposition, .resolvedByData)
        XCTAssertNil(gone?.clash)
        XCTAssertEqual(gone?.triage, acknowledged)
        XCTAssertEqual(statuses.first { $0.clashID == otherID }?.disposition, .resolved)
        XCTAssertFalse(ClashDisposition.resolvedByData.isActive)
        XCTAssertTrue(ClashDisposition.escalated.isActive)
    }

    func testUntriagedClashThatDisappearsIsNotListed() throws {
        let statuses = ClashStatus.merge(clashes: [], triage: [])
        XCTAssertEqual(statuses, [])
        let clashes = engine.evaluateAll(try divergentSnapshot(), config: .defaults)
        XCTAssertEqual(ClashStatus.merge(clashes: clashes, triage: []).map(\.disposition), [.open, .open])
    }

    func testEscalationFeedsTheStalledDecisionRule() throws {
        var snapshot = try divergentSnapshot()
        snapshot.triage = [try ClashTriage(clashID: divergenceID, state: .escalated, by: "person:lead", at: ClashFixture.day(-20))]
        let stalledID = "stalledDecision:clash:\(divergenceID)"
        XCTAssertTrue(engine.evaluateAll(snapshot, config: .defaults).map(\.id).contains(stalledID))
        snapshot.triage.append(try ClashTriage(clashID: stalledID, state: .escalated, by: "person:lead", at: ClashFixture.day(-20)))
        let ids = engine.evaluateAll(snapshot, config: .defaults).map(\.id)
        XCTAssertFalse(ids.contains("stalledDecision:clash:\(stalledID)"), "a stalled clash does not stall in turn")
    }

    func testClashesRoundTripThroughJSON() throws {
        let clashes = engine.evaluateAll(try divergentSnapshot(), config: .defaults)
        let data = try JSONCoding.encoder().encode(clashes)
        XCTAssertEqual(try JSONCoding.decoder().decode([Clash].self, from: data), clashes)
        XCTAssertEqual(clashes[0].explanation.map(\.description), [
            "divergence base: 1 × 15 = 15", "rank gap (places): 3 × 10 = 30", "national importance (rank 1): 5 × 6 = 30",
        ])
    }
}
