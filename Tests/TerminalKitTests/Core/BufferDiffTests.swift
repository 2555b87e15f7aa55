import XCTest
@testable import TerminalKit

final class BufferDiffTests: XCTestCase {
    /// Applies `changes` to a copy of `screen`, as a terminal would.
    private func apply(_ changes: [CellChange], to screen: Buffer) -> Buffer {
        var result = screen
        for change in changes { result[change.x, change.y] = change.cell }
        return result
    }

    func testUnchangedFrameIsEmpty() {
        var buffer = Buffer(width: 20, height: 3)
        buffer.write("日本語 and text", x: 0, y: 1, style: Style().bold())
        XCTAssertTrue(buffer.diff(from: buffer).isEmpty)
    }

    func testOnlyChangedCellsAreEmitted() {
        var old = Buffer(width: 10, height: 2)
        old.write("hello", x: 0, y: 0)
        var new = old
        new.write("j", x: 0, y: 0)
        new.write("!", x: 9, y: 1, style: Style().fg(.red))
        let changes = new.diff(from: old)
        XCTAssertEqual(changes.map { [$0.x, $0.y] }, [[0, 0], [9, 1]])
        XCTAssertEqual(changes[1].cell.style, Style().fg(.red))
    }

    func testWideGlyphReplacedByNarrowEmitsBothColumns() {
        var old = Buffer(width: 6, height: 1)
        old.write("日本", x: 0, y: 0)
        var new = Buffer(width: 6, height: 1)
        new.write("ab本", x: 0, y: 0)
        let changes = new.diff(from: old)
        XCTAssertEqual(changes.map(\.x), [0, 1])
        XCTAssertEqual(apply(changes, to: old).lines(), new.lines())
    }

    func testNarrowReplacedByWideEmitsOnlyTheLeadingCell() {
        var old = Buffer(width: 6, height: 1)
        old.write("abcd", x: 0, y: 0)
        var new = Buffer(width: 6, height: 1)
        new.write("a語d", x: 0, y: 0)
        let changes = new.diff(from: old)
        XCTAssertEqual(changes.map(\.x), [1], "the continuation over the old 'c' is covered by the leading cell")
        XCTAssertEqual(changes[0].cell.grapheme, "語")
        XCTAssertEqual(apply(changes, to: old).lines(), ["a語d  "])
    }

    func testShiftedWideGlyphsRepaintCorrectly() {
        var old = Buffer(width: 8, height: 1)
        old.write("日本語", x: 0, y: 0)
        var new = Buffer(width: 8, height: 1)
        new.write("日本語", x: 1, y: 0)
        let changes = new.diff(from: old)
        XCTAssertEqual(apply(changes, to: old), new)
        XCTAssertFalse(changes.contains { $0.cell.width == 0 }, "continuation cells are never emitted")
    }

    func testStyleChangeOfWideGlyphEmitsItOnce() {
        var old = Buffer(width: 4, height: 1)
        old.write("語", x: 1, y: 0)
        var new = old
        new.patchStyle(Style().reversed(), in: Rect(x: 0, y: 0, width: 4, height: 1))
        let changes = new.diff(from: old)
        XCTAssertEqual(changes.map(\.x), [0, 1, 3])
    }

    func testSizeChangeRepaintsEverything() {
        let old = Buffer(width: 4, height: 2)
        var new = Buffer(width: 5, height: 2)
        new.write("語", x: 0, y: 0)
        let changes = new.diff(from: old)
        XCTAssertEqual(changes.count, 9, "10 cells minus one continuation cell")
    }

    func testRandomEditsAlwaysReproduceTheNewFrame() {
        var generator = SystemRandomNumberGenerator()
        let samples = ["a", "日本", "b語c", "👩‍⚕️x", "🇩🇪", "e\u{301}", "한국", "  "]
        var screen = Buffer(width: 12, height: 3)
        var previous = screen
        for _ in 0..<300 {
            var next = previous
            for _ in 0..<3 {
                let text = samples.randomElement(using: &generator)!
                next.write(text, x: Int.random(in: -1..<12, using: &generator), y: Int.random(in: 0..<3, using: &generator))
            }
            screen = apply(next.diff(from: previous), to: screen)
            XCTAssertEqual(screen.lines(), next.lines())
            previous = next
        }
    }
}
