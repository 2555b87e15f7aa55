import XCTest
@testable import TerminalKit

final class ScrollStateTests: XCTestCase {
    func testDownKeepsSelectionVisible() {
        var state = ScrollState()
        for _ in 0..<7 { state.move(.down(1), itemCount: 100, visibleRows: 5) }
        XCTAssertEqual(state, ScrollState(selected: 7, offset: 3))
    }

    func testUpScrollsBackOnlyWhenNeeded() {
        var state = ScrollState(selected: 7, offset: 3)
        state.move(.up(2), itemCount: 100, visibleRows: 5)
        XCTAssertEqual(state, ScrollState(selected: 5, offset: 3))
        state.move(.up(3), itemCount: 100, visibleRows: 5)
        XCTAssertEqual(state, ScrollState(selected: 2, offset: 2))
    }

    func testMovesClampAtEnds() {
        let state = ScrollState(selected: 1, offset: 0)
        XCTAssertEqual(state.moved(.up(5), itemCount: 10, visibleRows: 4), ScrollState(selected: 0, offset: 0))
        XCTAssertEqual(state.moved(.down(50), itemCount: 10, visibleRows: 4), ScrollState(selected: 9, offset: 6))
    }

    func testPageDownAndUpMoveByScreenful() {
        let start = ScrollState(selected: 2, offset: 0)
        let down = start.moved(.pageDown, itemCount: 100, visibleRows: 10)
        XCTAssertEqual(down, ScrollState(selected: 12, offset: 10))
        XCTAssertEqual(down.moved(.pageUp, itemCount: 100, visibleRows: 10), start)
        let nearEnd = ScrollState(selected: 95, offset: 90).moved(.pageDown, itemCount: 100, visibleRows: 10)
        XCTAssertEqual(nearEnd, ScrollState(selected: 99, offset: 90))
    }

    func testTopBottomAndTo() {
        let state = ScrollState(selected: 40, offset: 35)
        XCTAssertEqual(state.moved(.top, itemCount: 50, visibleRows: 10), ScrollState(selected: 0, offset: 0))
        XCTAssertEqual(state.moved(.bottom, itemCount: 50, visibleRows: 10), ScrollState(selected: 49, offset: 40))
        XCTAssertEqual(state.moved(.to(10), itemCount: 50, visibleRows: 10), ScrollState(selected: 10, offset: 10))
    }

    func testEmptyListHasNoSelection() {
        XCTAssertEqual(ScrollState(selected: 3, offset: 2).moved(.down(1), itemCount: 0, visibleRows: 5), ScrollState(selected: nil, offset: 0))
    }

    func testClampAfterListShrinks() {
        XCTAssertEqual(ScrollState(selected: 80, offset: 75).clamped(itemCount: 20, visibleRows: 10), ScrollState(selected: 19, offset: 10))
    }

    func testVisibleRange() {
        XCTAssertEqual(ScrollState(selected: 7, offset: 3).visibleRange(itemCount: 100, visibleRows: 5), 3..<8)
        XCTAssertEqual(ScrollState().visibleRange(itemCount: 3, visibleRows: 5), 0..<3)
    }
}
