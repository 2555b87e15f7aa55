import Foundation
import LiaisonCore
import XCTest
@testable import LiaisonStore

/// Escalation, stances, resolution guardrails and revisits, through the clash service.
final class DecisionRitualTests: XCTestCase {
    private var store: LiaisonStore!
    private var service: ClashService!
    private let director = "person:claudia-engel"

    override func setUpWithError() throws {
        store = try DemoStore.store()
        service = try ClashService(store: store, settings: DemoStore.settings(), now: DemoStore.now)
    }

    private func escalatedStudySiteDecision() throws -> (Clash, Decision) {
        let clash = try XCTUnwrap(service.clashes().first { $0.kind == .studySite && $0.regionID != nil })
        return (clash, try service.escalate(clashID: clash.id, by: director))
    }

    func testEscalationPrefillsTheDecisionAndMarksTheClashInOneStep() throws {
        let (clash, decision) = try escalatedStudySiteDecision()
        XCTAssertEqual(decision.topic, .studyEntry)
        XCTAssertEqual(decision.scope, .region(clash.regionID!))
        XCTAssertEqual(decision.fieldCase, Case(argument: clash.fieldPosition, evidence: clash.evidence))
        XCTAssertEqual(decision.officeCase, Case(argument: clash.officePosition, evidence: clash.evidence))
        XCTAssertEqual(decision.clashIDs, [clash.id])
        XCTAssertEqual(decision.status, .open)
        XCTAssertEqual(try store.decision(id: decision.id), decision)
        let status = try XCTUnwrap(service.status(of: clash.id))
        XCTAssertEqual(status.disposition, .escalated)
        XCTAssertEqual(status.triage?.decisionID, decision.id)
        XCTAssertThrowsError(try service.escalate(clashID: clash.id, by: director)) { error in
            XCTAssertTrue("\(error)".contains("already escalated"), "\(error)")
        }
    }

    func testTopicMapFollowsTheClashKind() throws {
        let topics = Dictionary(service.clashes().map { ($0.kind, DecisionTopic.forClash($0)) }) { first, _ in first }
        XCTAssertEqual(topics[.studySite], .studyEntry)
        XCTAssertEqual(topics[.channelMix], .channelMix)
        XCTAssertEqual(topics[.priorityDivergence], .resourceAllocation)
        XCTAssertEqual(topics[.unaddressedSignal], .resourceAllocation)
        XCTAssertEqual(topics[.touchpointNoise], .other)
    }

    func testStancesAreAppendedAsHistory() throws {
        let (_, decision) = try escalatedStudySiteDecision()
        let rmds = try store.people(role: .rmd)
        XCTAssertGreaterThanOrEqual(rmds.count, 4)
        for rmd in rmds { try service.recordStance(.support, note: "first", of: rmd.id, on: decision.id, by: rmd.id) }
        let changed = try service.recordStance(.oppose, note: "changed my mind", of: rmds[0].id, on: decision.id, by: rmds[0].id)
        XCTAssertEqual(changed.stances.count, rmds.count + 1)
        XCTAssertEqual(changed.stance(of: rmds[0].id)?.position, .oppose)
        XCTAssertThrowsError(try service.recordStance(.support, of: "person:nobody", on: decision.id, by: director))
    }

    func testGuardrailsRefuseWithClearMessagesAndWriteNothing() throws {
        let (_, decision) = try escalatedStudySiteDecision()
        var blank = decision
        blank.officeCase = Case(argument: " ")
        try service.saveDecision(blank, by: director)
        let auditBefore = try store.auditCount()
        let cases: [(DecisionResolution, String)] = [
            (DecisionResolution(mode: .compromise, outcome: "Both", rationale: "Why", decidedBy: director),
             "a compromise needs both the field case and the office case written down"),
            (DecisionResolution(mode: .consensus, outcome: "Agreed", rationale: "  ", decidedBy: director),
             "\"decided\" needs a rationale"),
            (DecisionResolution(mode: .deferred, outcome: "", rationale: "Wait for data", decidedBy: director),
             "a deferred decision needs a review date"),
        ]
        for (resolution, message) in cases {
            XCTAssertThrowsError(try service.resolveDecision(decision.id, resolution, by: director)) { error in
                XCTAssertTrue("\(error)".contains(message), "\(error)")
            }
        }
        XCTAssertEqual(try store.auditCount(), auditBefore)
        XCTAssertEqual(try store.decision(id: decision.id)?.status, .open)
    }

    func testARulingBySomeoneNotAccountableStandsWithAWarningAndARoleOverreachClash() throws {
        let (clash, decision) = try escalatedStudySiteDecision()
        let rmd = try XCTUnwrap(try store.people(role: .rmd).first)
        let result = try service.resolveDecision(decision.id, DecisionResolution(
            mode: .executiveRuling, outcome: "Keep the regional sites", rationale: "Relationships first",
            decidedBy: rmd.id, reviewDate: DemoStore.now.addingTimeInterval(90 * 86_400)), by: rmd.id)
        XCTAssertEqual(result.decision.status, .decided)
        XCTAssertEqual(result.warnings.map(\.raises), [.roleOverreach])
        XCTAssertTrue(result.warnings[0].description.contains("not Accountable for studyEntry"), result.warnings[0].description)
        XCTAssertNotNil(service.clash(id: "roleOverreach:decision:\(decision.id.uuidString)"), service.clashes().map(\.id).description)
        XCTAssertEqual(service.status(of: clash.id)?.disposition, .resolved)
    }

    func testAnAccountableRulingWarnsOnlyAboutAPastReviewDateWhichStalls() throws {
        let (_, decision) = try escalatedStudySiteDecision()
        let result = try service.resolveDecision(decision.id, DecisionResolution(
            mode: .executiveRuling, outcome: "Reference centres only", rationale: "Influence",
            decidedBy: director, reviewDate: DemoStore.now.addingTimeInterval(-3 * 86_400)), by: director)
        XCTAssertEqual(result.warnings.map(\.raises), [.stalledDecision])
        XCTAssertTrue(service.clashes().contains { $0.kind == .stalledDecision && $0.subject.id.contains(decision.id.uuidString) })
        XCTAssertFalse(service.clashes().contains { $0.kind == .roleOverreach && $0.subject.id.contains(decision.id.uuidString) })
    }

    func testRevisitReopensKeepsTheHistoryAndReescalates() throws {
        let (clash, decision) = try escalatedStudySiteDecision()
        XCTAssertThrowsError(try service.revisitDecision(decision.id, note: "Too early", by: director)) { error in
            XCTAssertTrue("\(error)".contains("only a decided decision can be revisited"), "\(error)")
        }
        _ = try service.resolveDecision(decision.id, DecisionResolution(
            mode: .consensus, outcome: "First outcome", rationale: "Agreed", decidedBy: director), by: director)
        XCTAssertThrowsError(try service.revisitDecision(decision.id, note: " ", by: director))
        let reopened = try service.revisitDecision(decision.id, note: "New enrolment numbers", by: director)
        XCTAssertEqual(reopened.status, .revisit)
        XCTAssertEqual(service.status(of: clash.id)?.disposition, .escalated)
        _ = try service.resolveDecision(decision.id, DecisionResolution(
            mode: .compromise, outcome: "Second outcome", rationale: "Both sides", decidedBy: director), by: director)
        let history = try store.decisionHistory(try XCTUnwrap(try store.decision(id: decision.id)))
        let summaries = history.map(\.summary).joined(separator: "\n")
        XCTAssertTrue(summaries.contains("New enrolment numbers"), summaries)
        XCTAssertTrue(summaries.contains("First outcome") && summaries.contains("Second outcome"), summaries)
        XCTAssertEqual(history.filter { $0.entity == "clashTriage" }.count, 4, "escalated, resolved, escalated, resolved")
    }
}
