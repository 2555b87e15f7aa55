import LiaisonCore
import XCTest

final class StalledDecisionRuleTests: XCTestCase {
    private let rule = StalledDecisionRule()
    private let clashID = "priorityDivergence:region:north/obj:early-dx"

    private func escalated(daysAgo: Double, decisionID: UUID? = nil) throws -> ClashTriage {
        try ClashTriage(clashID: clashID, state: .escalated, decisionID: decisionID, by: "person:lead", at: ClashFixture.day(-daysAgo))
    }

    private func evaluate(triage: [ClashTriage] = [], decisions: [Decision] = []) throws -> [Clash] {
        var snapshot = try ClashFixture.snapshot()
        snapshot.triage = triage
        snapshot.decisions = decisions
        return ClashFixture.evaluate(rule, snapshot)
    }

    func testEscalationWithoutAnyDecisionFires() throws {
        let clashes = try evaluate(triage: [try escalated(daysAgo: 30)])
        XCTAssertEqual(clashes.map(\.id), ["stalledDecision:clash:\(clashID)"])
        XCTAssertEqual(clashes[0].severity, 56)  // 25 + (30 − 14) × 1 + 15 no decision drafted
        XCTAssertEqual(clashes[0].level, .high)
        XCTAssertTrue(clashes[0].fieldPosition.contains("30 days ago"), clashes[0].fieldPosition)
    }

    func testEscalationWithOpenDecisionIsMedium() throws {
        let open = try ClashFixture.decision(title: "Early diagnosis rank", topic: .other, clashIDs: [clashID])
        let clashes = try evaluate(triage: [try escalated(daysAgo: 30)], decisions: [open])
        XCTAssertEqual(clashes.map(\.severity), [41])
        XCTAssertEqual(clashes.first?.evidence, [EvidenceRef(.decision, open.id.uuidString)])
    }

    func testEscalationNearMissesDoNotFire() throws {
        XCTAssertEqual(try evaluate(triage: [try escalated(daysAgo: 10)]), [], "within the grace period")
        let decided = try ClashFixture.decision(
            topic: .other, status: .decided, resolution: .compromise, decidedBy: "person:md", decidedAt: ClashFixture.day(-2))
        XCTAssertEqual(try evaluate(triage: [try escalated(daysAgo: 30, decisionID: decided.id)], decisions: [decided]), [],
                       "the named decision was made")
        let resolvedLater = try ClashTriage(clashID: clashID, state: .resolved, by: "person:md", at: ClashFixture.day(-1))
        XCTAssertEqual(try evaluate(triage: [try escalated(daysAgo: 30), resolvedLater]), [], "the latest triage counts")
    }

    func testDecisionPastReviewDateFires() throws {
        let overdue = try ClashFixture.decision(
            topic: .studyEntry, status: .decided, resolution: .compromise, decidedBy: "person:md",
            decidedAt: ClashFixture.day(-100), reviewDate: ClashFixture.day(-20))
        let clashes = try evaluate(decisions: [overdue])
        XCTAssertEqual(clashes.map(\.id), ["stalledDecision:decision:\(overdue.id.uuidString)"])
        XCTAssertEqual(clashes[0].severity, 40)  // 30 + 20 × 0.5
        XCTAssertEqual(clashes[0].level, .medium)

        let deferred = try ClashFixture.decision(
            topic: .studyEntry, status: .decided, resolution: .deferred, decidedBy: "person:md",
            decidedAt: ClashFixture.day(-100), reviewDate: ClashFixture.day(-60))
        XCTAssertEqual(try evaluate(decisions: [deferred]).map(\.severity), [75])  // 30 + min(30, 40) + 15
    }

    func testReviewNearMissesDoNotFire() throws {
        let revisiting = try ClashFixture.decision(topic: .studyEntry, status: .revisit, reviewDate: ClashFixture.day(-20))
        let future = try ClashFixture.decision(
            topic: .studyEntry, status: .decided, resolution: .compromise, decidedBy: "person:md",
            decidedAt: ClashFixture.day(-10), reviewDate: ClashFixture.day(20))
        XCTAssertEqual(try evaluate(decisions: [revisiting, future]), [])
    }
}
