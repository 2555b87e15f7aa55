import XCTest
@testable import TerminalKit

final class ListTests: XCTestCase {
    private let fruits = ["Apple", "Banana", "Cherry", "Damson", "Elderberry", "Fig", "Grape", "Honeydew melon from the south"]

    private func list(state: ScrollState, block: Block? = nil) -> List<[String]> {
        List(source: fruits, state: state, theme: .dark, selectionSymbol: "▸ ", block: block)
    }

    func testGoldenSmallAndLarge() {
        let small = list(state: ScrollState(selected: 6, offset: 0), block: Block(title: "Fruit", theme: .dark))
        assertWidgetSnapshot(rendered(small, width: 20, height: 6), named: "list-small")
        assertWidgetSnapshot(rendered(list(state: ScrollState(selected: 1)), width: 40, height: 10), named: "list-large")
    }

    func testSelectedRowUsesSelectionStyleAcrossTheRow() {
        let buffer = rendered(list(state: ScrollState(selected: 1)), width: 20, height: 10)
        let selected = Theme.dark.base.patched(with: Theme.dark.selection)
        XCTAssertEqual(buffer.styleRuns(row: 1).map(\.style), [selected])
        XCTAssertEqual(buffer.styleRuns(row: 0).map(\.style), [Theme.dark.base])
    }

    func testScrollbarAppearsOnlyWhenRowsOverflow() {
        let tall = rendered(list(state: ScrollState()), width: 12, height: 10)
        XCTAssertFalse(tall.lines().contains { $0.hasSuffix("█") || $0.hasSuffix("│") })
        let short = rendered(list(state: ScrollState(selected: 7)), width: 12, height: 4)
        XCTAssertEqual(short.lines().map { String($0.suffix(1)) }, ["│", "│", "█", "█"])
    }

    func testOnlyVisibleRowsAreRequestedFromAMillionRowSource() {
        let source = CountingListSource()
        let state = ScrollState(selected: 500_000).clamped(itemCount: source.count, visibleRows: 8)
        let widget = List(source: source, state: state, theme: .dark)
        let buffer = rendered(widget, width: 30, height: 8)
        XCTAssertLessThanOrEqual(source.requested.count, 8)
        XCTAssertEqual(Set(source.requested), Set(499_993...500_000))
        XCTAssertTrue(buffer.lines()[7].hasPrefix("Row 500000"))
    }

    func testRowHitTesting() {
        let widget = list(state: ScrollState(selected: 7, offset: 0), block: Block(theme: .dark))
        let area = Rect(x: 0, y: 0, width: 20, height: 6)
        XCTAssertNil(widget.rowIndex(atY: 0, in: area))
        XCTAssertEqual(widget.rowIndex(atY: 1, in: area), 4)
        XCTAssertEqual(widget.rowIndex(atY: 4, in: area), 7)
        XCTAssertNil(widget.rowIndex(atY: 5, in: area))
    }

    func testEmptySourceShowsMessage() {
        let widget = List(source: [String](), state: ScrollState(), theme: .dark, emptyMessage: "No items")
        XCTAssertEqual(rendered(widget, width: 10, height: 2).lines(), ["No items  ", "          "])
    }

    func testHighlightedSpansKeepTheirStyle() {
        struct Highlighted: ListDataSource {
            var count: Int { 1 }
            func row(at index: Int) -> [Span] { Span.highlighting("banana", at: [0, 2], highlight: Theme.dark.highlight) }
        }
        var widget = List(source: Highlighted(), state: ScrollState(), theme: .dark)
        widget.highlightsSelection = false
        let buffer = rendered(widget, width: 8, height: 1)
        let runs = buffer.styleRuns(row: 0)
        XCTAssertEqual(runs.map(\.range), [0..<1, 1..<2, 2..<3, 3..<8])
        XCTAssertEqual(runs[0].style, Theme.dark.highlight)
    }

    func testRowStyleFromSource() {
        struct Source: ListDataSource {
            var count: Int { 2 }
            func row(at index: Int) -> [Span] { [Span("item \(index)")] }
            func rowStyle(at index: Int) -> Style? { index == 0 ? Theme.dark.error : nil }
        }
        var widget = List(source: Source(), state: ScrollState(), theme: .dark)
        widget.highlightsSelection = false
        let buffer = rendered(widget, width: 8, height: 2)
        XCTAssertEqual(buffer.styleRuns(row: 0).map(\.style), [Theme.dark.base.patched(with: Theme.dark.error)])
        XCTAssertEqual(buffer.styleRuns(row: 1).map(\.style), [Theme.dark.base])
    }
}
