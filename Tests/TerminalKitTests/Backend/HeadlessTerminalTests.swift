import XCTest
@testable import TerminalKit

@MainActor
final class HeadlessTerminalTests: XCTestCase {
    func testUnchangedFrameWritesNothing() {
        let terminal = HeadlessTerminal(width: 10, height: 2)
        var frame = Buffer(width: 10, height: 2)
        frame.write("hi 日本", x: 0, y: 0)
        terminal.draw(frame)
        XCTAssertEqual(terminal.lastWriteCount, 18, "full repaint: 20 cells minus two continuation cells")
        terminal.draw(frame)
        XCTAssertEqual(terminal.lastWriteCount, 0)
        frame.write("!", x: 9, y: 1)
        terminal.draw(frame)
        XCTAssertEqual(terminal.lastWriteCount, 1)
        XCTAssertEqual(terminal.lines(), ["hi 日本   ", "         !"])
    }

    func testInvalidateForcesAFullRepaint() {
        let terminal = HeadlessTerminal(width: 4, height: 1)
        let frame = Buffer(width: 4, height: 1)
        terminal.draw(frame)
        terminal.invalidate()
        terminal.draw(frame)
        XCTAssertEqual(terminal.lastWriteCount, 4)
    }

    func testCursorAndEvents() async {
        let terminal = HeadlessTerminal(width: 4, height: 1)
        var frame = Buffer(width: 4, height: 1)
        frame.cursor = Point(x: 2, y: 0)
        terminal.draw(frame)
        XCTAssertEqual(terminal.cursor, Point(x: 2, y: 0))
        terminal.inject(.paste("abc"))
        terminal.type("x")
        let first = await terminal.nextEvent(timeout: .zero)
        let second = await terminal.nextEvent(timeout: .zero)
        let third = await terminal.nextEvent(timeout: .zero)
        XCTAssertEqual(first, .paste("abc"))
        XCTAssertEqual(second, .key(.char("x")))
        XCTAssertNil(third)
    }
}
