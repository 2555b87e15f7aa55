import XCTest
@testable import TerminalKit

final class ParagraphTests: XCTestCase {
    private let text = "Field teams report that the new dosing schedule is confusing for regional hospitals.\nSecond paragraph: 日本語のテキストも折り返します."

    func testGoldenSmallAndLarge() {
        assertWidgetSnapshot(rendered(Paragraph(text, block: Block(title: "Note", theme: .dark)), width: 24, height: 10), named: "paragraph-small")
        assertWidgetSnapshot(rendered(Paragraph(text, alignment: .center), width: 60, height: 6), named: "paragraph-large")
    }

    func testWrapsAtWordBoundaries() {
        let lines = rendered(Paragraph("the quick brown fox jumps"), width: 10, height: 3).lines()
        XCTAssertEqual(lines, ["the quick ", "brown fox ", "jumps     "])
    }

    func testHardBreaksLongWords() {
        let lines = rendered(Paragraph("ab supercalifragilistic"), width: 8, height: 4).lines()
        XCTAssertEqual(lines, ["ab      ", "supercal", "ifragili", "stic    "])
    }

    func testWideCharactersNeverStraddleTheEdge() {
        let lines = rendered(Paragraph("日本語テキスト"), width: 5, height: 4).lines()
        XCTAssertEqual(lines, ["日本 ", "語テ ", "キス ", "ト   "])
    }

    func testCombiningMarksStayWithTheirBase() {
        let lines = rendered(Paragraph("cafe\u{301} cafe\u{301}"), width: 4, height: 2).lines()
        XCTAssertEqual(lines, ["café", "café"])
    }

    func testAlignment() {
        XCTAssertEqual(rendered(Paragraph("ab", alignment: .right), width: 5, height: 1).lines(), ["   ab"])
        XCTAssertEqual(rendered(Paragraph("ab", alignment: .center), width: 6, height: 1).lines(), ["  ab  "])
    }

    func testScrollSkipsWrappedRows() {
        let paragraph = Paragraph("one two three four", scroll: 2)
        XCTAssertEqual(paragraph.rowCount(width: 5), 4)
        XCTAssertEqual(rendered(paragraph, width: 5, height: 2).lines(), ["three", "four "])
    }

    func testSpanStylesApplyPerCharacter() {
        let paragraph = Paragraph(spans: [Span("ok "), Span("error", style: Theme.dark.error)])
        let runs = rendered(paragraph, width: 10, height: 1).styleRuns(row: 0)
        XCTAssertEqual(runs.map(\.range), [0..<3, 3..<8, 8..<10])
        XCTAssertEqual(runs[1].style, Theme.dark.error)
    }
}

final class BlockTests: XCTestCase {
    func testGoldenSmallAndLarge() {
        assertWidgetSnapshot(rendered(Block(title: "A rather long title", theme: .dark), width: 12, height: 4), named: "block-small")
        assertWidgetSnapshot(rendered(Block(title: "Centred", titleAlignment: .center, footer: "1/9", borders: .double, theme: .dark), width: 40, height: 10), named: "block-large")
    }

    func testInnerAreaAndMonochromeAscii() {
        let block = Block(title: "T", borders: .ascii, theme: .monochrome)
        XCTAssertEqual(block.inner(Rect(x: 2, y: 3, width: 10, height: 5)), Rect(x: 3, y: 4, width: 8, height: 3))
        XCTAssertEqual(rendered(block, width: 7, height: 3).lines(), ["+- T -+", "|     |", "+-----+"])
    }

    func testTitleStyle() {
        let buffer = rendered(Block(title: "Hi", theme: .dark), width: 10, height: 3)
        XCTAssertEqual(buffer[3, 0].style, Theme.dark.title)
        XCTAssertEqual(buffer[0, 0].style, Theme.dark.border)
    }
}
