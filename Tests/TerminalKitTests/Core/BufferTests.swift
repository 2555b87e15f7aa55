import XCTest
@testable import TerminalKit

final class BufferTests: XCTestCase {
    func testWriteClipsAtAreaAndMaxWidth() {
        var buffer = Buffer(width: 6, height: 2)
        XCTAssertEqual(buffer.write("abcdefgh", x: 1, y: 0), 5)
        XCTAssertEqual(buffer.write("xyz", x: 0, y: 1, maxWidth: 2), 2)
        XCTAssertEqual(buffer.lines(), [" abcde", "xy    "])
        XCTAssertEqual(buffer.write("nope", x: 0, y: 5), 0)
    }

    func testWideGlyphsTakeTwoCellsAndNeverSplit() {
        var buffer = Buffer(width: 5, height: 1)
        XCTAssertEqual(buffer.write("日本語", x: 0, y: 0), 5)
        XCTAssertEqual(buffer.lines(), ["日本 "])
        XCTAssertEqual(buffer[0, 0].width, 2)
        XCTAssertEqual(buffer[1, 0].width, 0)
        XCTAssertEqual(buffer[4, 0], .blank)
    }

    func testOverwritingHalfAWideGlyphBlanksTheOtherHalf() {
        var buffer = Buffer(width: 6, height: 1)
        buffer.write("日本語", x: 0, y: 0)
        buffer.write("x", x: 1, y: 0)
        XCTAssertEqual(buffer.lines(), [" x本語"])
        buffer.write("y", x: 2, y: 0)
        XCTAssertEqual(buffer.lines(), [" xy 語"])
        XCTAssertEqual(buffer[3, 0], .blank)
    }

    func testClustersAndControlCharacters() {
        var buffer = Buffer(width: 10, height: 1)
        let used = buffer.write("e\u{301}\t🇩🇪\u{7}👩‍⚕️", x: 0, y: 0)
        XCTAssertEqual(used, 6)
        XCTAssertEqual(buffer.lines(), ["e\u{301} 🇩🇪👩‍⚕️    "])
        XCTAssertEqual(buffer[0, 0].grapheme, "e\u{301}")
    }

    func testLeftClippingReplacesAStraddlingWideGlyphWithASpace() {
        var buffer = Buffer(area: Rect(x: 2, y: 0, width: 4, height: 1))
        buffer.write("a日b", x: 1, y: 0)
        XCTAssertEqual(buffer.lines(), ["日b "])
        buffer.write("日b", x: 1, y: 0)
        XCTAssertEqual(buffer.lines(), [" bb "], "the old 日 at column 2 loses both halves")
    }

    func testFillPatchAndStyleRuns() {
        var buffer = Buffer(width: 6, height: 2)
        let red = Style().fg(.red)
        buffer.write("abcdef", x: 0, y: 0, style: red)
        buffer.patchStyle(Style().bold(), in: Rect(x: 2, y: 0, width: 2, height: 1))
        buffer.fill(Rect(x: 0, y: 1, width: 3, height: 1), style: Style().bg(.blue))
        let runs = buffer.styleRuns(row: 0)
        XCTAssertEqual(runs.map(\.range), [0..<2, 2..<4, 4..<6])
        XCTAssertEqual(runs.map(\.style), [red, red.bold(), red])
        XCTAssertEqual(buffer.styleRuns(row: 1).map(\.range), [0..<3, 3..<6])
        XCTAssertEqual(buffer.lines()[1], "      ")
    }

    func testStylePatchingRules() {
        let base = Style(foreground: .red, background: .blue, bold: true)
        let patched = base.patched(with: Style(foreground: .green, underline: true))
        XCTAssertEqual(patched, Style(foreground: .green, background: .blue, bold: true, underline: true))
        XCTAssertEqual(Style.plain.patched(with: .plain), .plain)
    }

    func testSubscriptOutsideIsIgnored() {
        var buffer = Buffer(width: 2, height: 2)
        buffer[5, 5] = Cell(grapheme: "x", width: 1, style: .plain)
        XCTAssertEqual(buffer[5, 5], .blank)
        XCTAssertEqual(buffer.lines(), ["  ", "  "])
    }
}
