import Foundation
import LiaisonCore
import XCTest

final class MeetingEditTests: XCTestCase {
    private func meeting() -> Meeting {
        Meeting(
            id: AgendaFixture.id(1), date: AgendaFixture.now,
            agenda: (1...4).map { AgendaItem(id: AgendaFixture.id(10 + $0), source: "free", title: "Item \($0)") },
            week: "2027-W03")
    }

    func testMoveDropRestoreAndAdd() throws {
        var meeting = meeting()
        try meeting.apply(.move(item: AgendaFixture.id(14), to: 0))
        XCTAssertEqual(meeting.agenda.map(\.title), ["Item 4", "Item 1", "Item 2", "Item 3"])
        try meeting.apply(.move(item: AgendaFixture.id(14), to: 99))
        XCTAssertEqual(meeting.agenda.last?.title, "Item 4")
        try meeting.apply(.drop(item: AgendaFixture.id(12)))
        XCTAssertEqual(meeting.activeAgenda.map(\.title), ["Item 1", "Item 3", "Item 4"])
        try meeting.apply(.restore(item: AgendaFixture.id(12)))
        XCTAssertEqual(meeting.activeAgenda.count, 4)
        try meeting.apply(.addItem(AgendaItem(source: "free", title: "Any other business", timeBoxMinutes: 5)))
        XCTAssertEqual(meeting.agenda.last?.title, "Any other business")
        XCTAssertThrowsError(try meeting.apply(.addItem(AgendaItem(source: "free", title: "  "))))
    }

    func testNotesAppendAndAttendanceDeduplicates() throws {
        var meeting = meeting()
        try meeting.apply(.note(item: AgendaFixture.id(11), text: "First"))
        try meeting.apply(.note(item: AgendaFixture.id(11), text: " Second "))
        XCTAssertEqual(meeting.agenda[0].notes, "First\nSecond")
        try meeting.apply(.attend(["person:anna", "person:clara", "person:anna"]))
        XCTAssertEqual(meeting.attendees, ["person:anna", "person:clara"])
        try meeting.apply(.unattend("person:anna"))
        XCTAssertEqual(meeting.attendees, ["person:clara"])
        XCTAssertThrowsError(try meeting.apply(.attend(["anna"])))
    }

    func testActionsAndUnknownIDsAreRejectedWithoutChange() throws {
        var meeting = meeting()
        let action = try ActionItem(title: "Send plan", ownerID: "person:anna", due: AgendaFixture.now, agendaItemID: AgendaFixture.id(12))
        try meeting.apply(.addAction(action))
        try meeting.apply(.setActionStatus(action: action.id, status: .done))
        XCTAssertEqual(meeting.actions.map(\.status), [.done])
        let before = meeting
        XCTAssertThrowsError(try meeting.apply(.drop(item: AgendaFixture.id(99))))
        XCTAssertThrowsError(try meeting.apply(.addAction(try ActionItem(
            title: "Orphan", ownerID: "person:anna", due: AgendaFixture.now, agendaItemID: AgendaFixture.id(99)))))
        XCTAssertEqual(meeting, before)
    }

    func testItemsAreFoundByPositionOrIdPrefix() throws {
        let meeting = meeting()
        XCTAssertEqual(try meeting.agendaItem(matching: "2").title, "Item 2")
        XCTAssertEqual(try meeting.agendaItem(matching: "00000000-0000-0000-0000-000000000013").title, "Item 3")
        XCTAssertThrowsError(try meeting.agendaItem(matching: "5")) { error in
            XCTAssertEqual((error as? ValidationError)?.reason, "there is no item 5 (the agenda has 4)")
        }
        XCTAssertThrowsError(try meeting.agendaItem(matching: "0000"), "ambiguous")
        XCTAssertThrowsError(try meeting.agendaItem(matching: "ab"), "too short")
    }
}
