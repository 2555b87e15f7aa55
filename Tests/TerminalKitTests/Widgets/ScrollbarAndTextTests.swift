import XCTest
@testable import TerminalKit

final class ScrollbarTests: XCTestCase {
    private func bar(total: Int, offset: Int, visible: Int) -> Scrollbar {
        Scrollbar(total: total, offset: offset, visible: visible, trackStyle: .plain, thumbStyle: .plain)
    }

    func testThumbSizeAndPosition() {
        XCTAssertEqual(bar(total: 100, offset: 0, visible: 10).thumb(height: 10), 0..<1)
        XCTAssertEqual(bar(total: 100, offset: 90, visible: 10).thumb(height: 10), 9..<10)
        XCTAssertEqual(bar(total: 20, offset: 5, visible: 10).thumb(height: 10), 3..<8)
        XCTAssertEqual(bar(total: 1_000_000, offset: 500_000, visible: 10).thumb(height: 10), 5..<6)
    }

    func testNotDrawnWhenEverythingFits() {
        XCTAssertFalse(bar(total: 5, offset: 0, visible: 10).isNeeded)
        XCTAssertEqual(rendered(bar(total: 5, offset: 0, visible: 3), width: 1, height: 3).lines(), ["█", "│", "│"])
        XCTAssertEqual(rendered(bar(total: 3, offset: 0, visible: 3), width: 1, height: 3).lines(), [" ", " ", " "])
    }
}

final class ScrollMovementKeyTests: XCTestCase {
    func testListKeys() {
        XCTAssertEqual(ScrollMovement(key: .char("j")), .down(1))
        XCTAssertEqual(ScrollMovement(key: .down), .down(1))
        XCTAssertEqual(ScrollMovement(key: .char("k")), .up(1))
        XCTAssertEqual(ScrollMovement(key: .pageDown), .pageDown)
        XCTAssertEqual(ScrollMovement(key: .pageUp), .pageUp)
        XCTAssertEqual(ScrollMovement(key: .char("g")), .top)
        XCTAssertEqual(ScrollMovement(key: .char("G")), .bottom)
        XCTAssertNil(ScrollMovement(key: .char("x")))
    }
}

final class TextWrapperTests: XCTestCase {
    private func wrap(_ text: String, _ width: Int) -> [String] {
        let characters = Array(text)
        return TextWrapper.rows(of: characters, width: width).map { String(characters[$0]) }
    }

    func testRowsCoverTheWholeLine() {
        XCTAssertEqual(wrap("aa bb cc", 5), ["aa bb ", "cc"])
        XCTAssertEqual(wrap("", 5), [""])
        XCTAssertEqual(wrap("abcdefgh", 3), ["abc", "def", "gh"])
        XCTAssertEqual(wrap("a  b", 1), ["a  ", "b"])
        XCTAssertEqual(wrap("🇩🇪🇩🇪x", 3), ["🇩🇪", "🇩🇪x"])
    }

    func testVisibleWidthIgnoresTrailingSpaces() {
        XCTAssertEqual(TextWrapper.visibleWidth(of: Array("日本  "), in: 0..<4), 4)
    }
}

final class SpanTests: XCTestCase {
    func testTruncatedKeepsStylesAndAddsEllipsis() {
        let spans = [Span("abc", style: Theme.dark.accent), Span("def")]
        XCTAssertEqual(spans.truncated(toWidth: 6), spans)
        XCTAssertEqual(spans.truncated(toWidth: 5), [Span("abc", style: Theme.dark.accent), Span("d…")])
        XCTAssertEqual(spans.truncated(toWidth: 3), [Span("ab…", style: Theme.dark.accent)])
        XCTAssertEqual([Span("日本語")].truncated(toWidth: 4), [Span("日…")])
    }

    func testHighlightingSplitsRuns() {
        let spans = Span.highlighting("abcd", at: [1, 2], highlight: Theme.dark.highlight)
        XCTAssertEqual(spans, [Span("a"), Span("bc", style: Theme.dark.highlight), Span("d")])
    }
}
