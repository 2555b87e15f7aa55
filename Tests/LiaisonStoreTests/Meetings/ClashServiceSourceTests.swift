import Foundation
import LiaisonCore
import XCTest
@testable import LiaisonStore

/// The clash service as the meeting's clash source: stored triage comes through, and the
/// clock only moves forward.
final class ClashServiceSourceTests: XCTestCase {
    private let director: PersonID = "person:claudia-engel"
    private var store: LiaisonStore!
    private var service: ClashService!

    override func setUpWithError() throws {
        store = try DemoStore.store()
        service = try ClashService(store: store, settings: DemoStore.settings(), now: DemoStore.now)
    }

    /// A current clash no stored decision names.
    private func unlinkedClash() throws -> Clash {
        let linked = Set(try store.allDecisions().flatMap(\.clashIDs))
        return try XCTUnwrap(service.clashes().first { !linked.contains($0.id) })
    }

    func testAnEscalatedClashComesBackEscalatedAndBecomesAnEscalationItem() throws {
        let clash = try unlinkedClash()
        let source: any ClashSource = service
        XCTAssertEqual(try source.clashStatuses(now: DemoStore.now).first { $0.clashID == clash.id }?.disposition, .open)
        try service.triage(
            ClashTriage(clashID: clash.id, state: .escalated, reason: "needs the MD", by: director, at: DemoStore.now),
            by: director)

        let status = try XCTUnwrap(try source.clashStatuses(now: DemoStore.now).first { $0.clashID == clash.id })
        XCTAssertEqual(status.disposition, .escalated)
        XCTAssertEqual(status.triage?.reason, "needs the MD")

        let week = MeetingWeek(containing: DemoStore.now).adding(weeks: 1)
        let opened = try MeetingWorkflow(store: store, clashSource: source).open(week: week, now: week.start, by: director)
        XCTAssertTrue(opened.created)
        let meeting = opened.meeting
        let escalation = try XCTUnwrap(meeting.agenda.first { $0.kind == .escalation && $0.reference == clash.id })
        XCTAssertEqual(escalation.flags, [.awaitingDecision])
        XCTAssertTrue(escalation.summary.contains("needs the MD"), escalation.summary)
        XCTAssertFalse(meeting.agenda.contains { $0.kind == .clash && $0.reference == clash.id },
                       "an escalated clash is not listed again as a clash")
        XCTAssertEqual(meeting.clashSeverities[clash.id], clash.severity)
    }

    func testALaterMomentMovesTheClockOnAndAnEarlierOneDoesNot() throws {
        let later = DemoStore.now.addingTimeInterval(30 * 86_400)
        let statuses = try service.clashStatuses(now: later)
        XCTAssertEqual(service.now, later)
        XCTAssertEqual(statuses, try ClashService(store: store, settings: service.settings, now: later).current())

        _ = try service.clashStatuses(now: DemoStore.now)
        XCTAssertEqual(service.now, later, "the service never moves back")
    }
}
