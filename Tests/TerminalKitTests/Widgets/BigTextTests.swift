import XCTest
@testable import TerminalKit

final class BigTextTests: XCTestCase {
    func testTallLettersWhenFiveRowsFit() {
        let lines = rendered(BigText("HI", style: .plain), width: 10, height: 5).lines()
        XCTAssertEqual(lines, [
            "█ █ ███   ",
            "█ █  █    ",
            "███  █    ",
            "█ █  █    ",
            "█ █ ███   ",
        ])
    }

    func testCompactHalfBlocksWhenOnlyThreeRowsFit() {
        let text = BigText("hi", style: .plain)
        XCTAssertEqual(text.size(width: 10, height: 4), .compact)
        XCTAssertEqual(rendered(text, width: 7, height: 3).lines(), [
            "█ █ ▀█▀",
            "█▀█  █ ",
            "▀ ▀ ▀▀▀",
        ])
    }

    func testWrapsBetweenWordsWithABlankRowBetweenLines() {
        let text = BigText("AB CD", style: .plain, largest: .compact)
        XCTAssertEqual(text.size(width: 8, height: 7), .compact)
        XCTAssertEqual(text.height(width: 8, height: 7), 7)
        let lines = rendered(text, width: 8, height: 7).lines()
        XCTAssertEqual(lines[3], String(repeating: " ", count: 8))
        XCTAssertEqual(lines[4], "▄▀▀ █▀▄ ")
    }

    func testFallsBackToWrappedBoldTextWhenTooNarrow() {
        let text = BigText("Oncavia launch", style: .plain)
        XCTAssertEqual(text.size(width: 12, height: 10), .normal)
        let buffer = rendered(text, width: 12, height: 3)
        XCTAssertEqual(buffer.lines(), ["Oncavia     ", "launch      ", "            "])
        XCTAssertTrue(buffer[0, 0].style.bold)
    }

    func testFallbackShortensWhatDoesNotFitTheHeight() {
        let lines = rendered(BigText("one two three four", style: .plain), width: 6, height: 2).lines()
        XCTAssertEqual(lines, ["one   ", "two … "])
    }

    func testCharactersWithoutAGlyphKeepTheirDisplayWidth() {
        XCTAssertEqual(BigText.blockWidth("A日"), 3 + 1 + 2)
        let lines = rendered(BigText("A日", style: .plain), width: 6, height: 5).lines()
        XCTAssertEqual(lines[2], "███ 日")
        XCTAssertEqual(lines[0], " █    ")
    }

    func testCentredAndNeverOutsideItsArea() {
        var buffer = Buffer(width: 20, height: 7)
        let area = Rect(x: 2, y: 1, width: 15, height: 5)
        BigText("OK", style: .plain, alignment: .center).render(in: area, buffer: &buffer)
        let lines = buffer.lines()
        XCTAssertEqual(lines[0], String(repeating: " ", count: 20))
        XCTAssertEqual(lines[1], "      ███ █ █       ")
        XCTAssertEqual(lines[6], String(repeating: " ", count: 20))
    }

    func testGoldenSmallAndLarge() {
        let style = Style().bold()
        assertWidgetSnapshot(rendered(BigText("12:05 OVER", style: style), width: 40, height: 3), named: "bigtext-small")
        assertWidgetSnapshot(
            rendered(BigText("Weekly meeting: item 3/12 - ready? (yes!)", style: style, alignment: .center), width: 80, height: 11),
            named: "bigtext-large")
    }
}
