import Foundation
import LiaisonCore
import XCTest

final class PresenterStateTests: XCTestCase {
    private let start = AgendaFixture.now

    private func meeting() -> Meeting {
        Meeting(
            id: AgendaFixture.id(1), date: start,
            agenda: (1...3).map {
                AgendaItem(id: AgendaFixture.id(10 + $0), source: "free", title: "Item \($0)", timeBoxMinutes: $0)
            })
    }

    private func at(_ seconds: Double) -> Date { start.addingTimeInterval(seconds) }

    func testWalksItemsAndTimesEachAgainstItsBox() {
        let meeting = meeting()
        var state = PresenterState(meeting: meeting, now: start)
        XCTAssertEqual(state.position, "1 / 3")
        XCTAssertEqual(state.remaining(in: meeting, at: at(45)), 15)
        state.next(at: at(90))
        XCTAssertEqual(state.currentID, AgendaFixture.id(12))
        XCTAssertEqual(state.elapsed(on: AgendaFixture.id(11), at: at(100)), 90)
        state.previous(at: at(100))
        XCTAssertEqual(state.remaining(in: meeting, at: at(110)), -40, "back on item 1: 90 s earlier + 10 s now, box 60 s")
        state.previous(at: at(120))
        XCTAssertEqual(state.position, "1 / 3", "stays on the first item")
        state.next(at: at(120))
        state.next(at: at(130))
        state.next(at: at(140))
        XCTAssertEqual(state.position, "3 / 3", "stays on the last item")
    }

    func testFollowsEditsOfTheAgenda() throws {
        var meeting = meeting()
        var state = PresenterState(meeting: meeting, now: start)
        state.next(at: at(10))
        try meeting.apply(.move(item: AgendaFixture.id(12), to: 0))
        state.sync(with: meeting, at: at(20))
        XCTAssertEqual(state.currentID, AgendaFixture.id(12))
        XCTAssertEqual(state.position, "1 / 3")
        try meeting.apply(.drop(item: AgendaFixture.id(12)))
        state.sync(with: meeting, at: at(30))
        XCTAssertEqual(state.currentID, AgendaFixture.id(11))
        XCTAssertEqual(state.position, "1 / 2")
        XCTAssertEqual(state.elapsed(on: AgendaFixture.id(12), at: at(40)), 20)
    }
}
