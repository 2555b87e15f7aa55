import XCTest
@testable import TerminalKit

final class BufferStorageTests: XCTestCase {
    func testLongGraphemesCompareByTextAcrossBuffers() {
        var first = Buffer(width: 6, height: 1)
        first.write("🇩🇪", x: 0, y: 0)
        first.write("👩‍⚕️", x: 2, y: 0)
        var second = Buffer(width: 6, height: 1)
        second.write("👩‍⚕️", x: 2, y: 0)
        second.write("🇩🇪", x: 0, y: 0)
        XCTAssertEqual(first, second, "overflow tables differ in order, cells are the same")
        XCTAssertTrue(second.diff(from: first).isEmpty)
        second.write("🇫🇷", x: 0, y: 0)
        XCTAssertEqual(second.diff(from: first).map(\.cell.grapheme), ["🇫🇷"])
        XCTAssertNotEqual(first, second)
    }

    func testSubscriptRoundTripsEveryStyleField() {
        var buffer = Buffer(width: 3, height: 1)
        let style = Style(foreground: .indexed(255), background: .indexed(0), bold: true, dim: true, reverse: true, underline: true)
        buffer[1, 0] = Cell(grapheme: "é", width: 1, style: style)
        XCTAssertEqual(buffer[1, 0], Cell(grapheme: "é", width: 1, style: style))
        buffer[0, 0] = Cell(grapheme: "語", width: 2, style: .plain)
        XCTAssertEqual(buffer[0, 0].width, 2)
        XCTAssertTrue(buffer[1, 0].isContinuation)
        XCTAssertEqual(buffer.lines(), ["語 "])
    }

    func testChangeCountMatchesDiff() {
        var old = Buffer(width: 10, height: 2)
        old.write("日本語 abc", x: 0, y: 0)
        var new = Buffer(width: 10, height: 2)
        new.write("a日本 語x", x: 1, y: 0)
        new.write("👩‍⚕️", x: 8, y: 1)
        XCTAssertEqual(new.changeCount(from: old), new.diff(from: old).count)
        XCTAssertEqual(new.changeCount(from: Buffer(width: 3, height: 3)), new.diff(from: Buffer(width: 3, height: 3)).count)
    }

    func testFastGraphemeScanningAgreesWithCharacters() {
        let pieces = ["a", "日", "本", "e\u{301}", "\u{301}", "👩‍⚕️", "🇩", "🇪", "\u{1100}", "\u{1161}", "\u{11A8}", "한", "\r", "\n", "\t", "Ａ", "ｱ", "\u{3099}", "か", "\u{200D}", "😀", "\u{FE0F}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 1...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            var scanner = GraphemeScanner(text)
            var clusters: [String] = []
            var width = 0
            while let (range, w) = scanner.next() {
                clusters.append(String(text[range]))
                width += w
            }
            XCTAssertEqual(clusters, text.map(String.init), text.debugDescription)
            XCTAssertEqual(width, text.reduce(0) { $0 + DisplayWidth.of($1) }, text.debugDescription)
        }
    }

    func testBenchmarkWorkloadsDoTheWork() {
        let first = TerminalKitBenchmarks.frame(width: 40, height: 6, variant: 0)
        let (second, changes) = TerminalKitBenchmarks.renderAndDiff(previous: first, variant: 1)
        XCTAssertGreaterThan(changes, 200, "consecutive variants differ almost everywhere")
        XCTAssertEqual(changes, second.diff(from: first).count)
        XCTAssertEqual(TerminalKitBenchmarks.unchangedDiff(second), 0)
    }
}
