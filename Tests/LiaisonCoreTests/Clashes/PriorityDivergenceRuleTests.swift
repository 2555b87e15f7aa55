import LiaisonCore
import XCTest

final class PriorityDivergenceRuleTests: XCTestCase {
    private let rule = PriorityDivergenceRule()

    func testQuietCountryRaisesNoClashOfAnyKind() throws {
        XCTAssertEqual(ClashEngine().evaluateAll(try ClashFixture.snapshot(), config: .defaults), [])
    }

    func testRankGapOfThreeFiresForBothSwappedObjectives() throws {
        var snapshot = try ClashFixture.snapshot()
        try ClashFixture.editPlan(&snapshot, ClashFixture.planID("region:north")) {
            $0.objectives = try ClashFixture.objectives(ranks: ["obj:early-dx": 4, "obj:safety": 1])
        }
        let clashes = ClashFixture.evaluate(rule, snapshot)
        XCTAssertEqual(clashes.map(\.id), [
            "priorityDivergence:region:north/obj:early-dx", "priorityDivergence:region:north/obj:safety",
        ])
        let earlyDx = clashes[0]
        XCTAssertEqual(earlyDx.severity, 75)  // 15 + 3 × 10 + importance 5 × 6
        XCTAssertEqual(earlyDx.level, .high)
        XCTAssertEqual(earlyDx.regionID, "region:north")
        XCTAssertTrue(earlyDx.fieldPosition.contains("4th"), earlyDx.fieldPosition)
        XCTAssertTrue(earlyDx.officePosition.contains("1st"), earlyDx.officePosition)
        XCTAssertEqual(earlyDx.evidence, [
            EvidenceRef(.objective, "plan:national-2027-h1#obj:early-dx"),
            EvidenceRef(.objective, "plan:north-2027-h1#obj:early-dx"),
        ])
        XCTAssertEqual(earlyDx.explanation.map(\.points), [15, 30, 30])
        XCTAssertEqual(clashes[1].severity, 57)  // 15 + 30 + importance 2 × 6
    }

    func testOmittedNationalTopThreeObjectiveFires() throws {
        var snapshot = try ClashFixture.snapshot()
        try ClashFixture.editPlan(&snapshot, ClashFixture.planID("region:south")) {
            $0.objectives = try ClashFixture.objectives(omit: ["obj:access"])
        }
        let clashes = ClashFixture.evaluate(rule, snapshot)
        XCTAssertEqual(clashes.map(\.id), ["priorityDivergence:region:south/obj:access"])
        XCTAssertEqual(clashes[0].severity, 69)  // 45 + importance 4 × 6
        XCTAssertEqual(clashes[0].level, .high)
        XCTAssertTrue(clashes[0].fieldPosition.contains("leaves “Access to therapy” out"))
    }

    func testNearMissesDoNotFire() throws {
        var snapshot = try ClashFixture.snapshot()
        try ClashFixture.editPlan(&snapshot, ClashFixture.planID("region:north")) {
            $0.objectives = try ClashFixture.objectives(ranks: ["obj:early-dx": 2, "obj:access": 1])
        }
        try ClashFixture.editPlan(&snapshot, ClashFixture.planID("region:south")) {
            $0.objectives = try ClashFixture.objectives(omit: ["obj:safety"])
        }
        XCTAssertEqual(ClashFixture.evaluate(rule, snapshot), [], "a one-place gap and omitting rank 4 are not divergences")
    }

    func testRaisingTheGapThresholdSilencesAThreePlaceGap() throws {
        var snapshot = try ClashFixture.snapshot()
        try ClashFixture.editPlan(&snapshot, ClashFixture.planID("region:north")) {
            $0.objectives = try ClashFixture.objectives(ranks: ["obj:early-dx": 4, "obj:safety": 1])
        }
        var config = ClashConfig.defaults
        config.priorityDivergence.minRankGap = 4
        XCTAssertEqual(ClashFixture.evaluate(rule, snapshot, config: config), [])
    }
}
