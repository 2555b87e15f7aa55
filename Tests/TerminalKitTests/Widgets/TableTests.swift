import XCTest
@testable import TerminalKit

final class TableTests: XCTestCase {
    private let rows: [[String]] = [
        ["INS-001", "Dosing question", "North", "12"],
        ["INS-002", "Access barrier in regional hospitals", "South", "7"],
        ["INS-003", "日本語 title", "East", "3"],
        ["INS-004", "Competitor study", "West", "21"],
        ["INS-005", "Education need", "North", "5"],
    ]

    private let columns = [
        TableColumn("ID", width: .fixed(7)),
        TableColumn("Title", width: .fill()),
        TableColumn("Region", width: .min(6)),
        TableColumn("N", width: .fixed(3), alignment: .right),
    ]

    func testGoldenSmallAndLarge() {
        let small = Table(columns: columns, source: rows, state: ScrollState(selected: 3), sort: TableSort(column: 1, ascending: true), theme: .dark)
        assertWidgetSnapshot(rendered(small, width: 40, height: 4), named: "table-small")
        let large = Table(columns: columns, source: rows, state: ScrollState(selected: 1), sort: TableSort(column: 3, ascending: false), theme: .dark, block: Block(title: "Insights", theme: .dark))
        assertWidgetSnapshot(rendered(large, width: 80, height: 10), named: "table-large")
    }

    func testSortIndicatorInHeader() {
        let ascending = Table(columns: columns, source: rows, state: ScrollState(), sort: TableSort(column: 0, ascending: true), theme: .dark)
        XCTAssertTrue(rendered(ascending, width: 40, height: 3).lines()[0].hasPrefix("ID ▲"))
        let descending = Table(columns: columns, source: rows, state: ScrollState(), sort: TableSort(column: 0, ascending: false), theme: .dark)
        XCTAssertTrue(rendered(descending, width: 40, height: 3).lines()[0].hasPrefix("ID ▼"))
    }

    func testSelectionStyleAndHeaderStyle() {
        let table = Table(columns: columns, source: rows, state: ScrollState(selected: 2), theme: .dark)
        let buffer = rendered(table, width: 40, height: 6)
        let selected = Theme.dark.base.patched(with: Theme.dark.selection)
        XCTAssertEqual(buffer.styleRuns(row: 3).map(\.style), [selected])
        XCTAssertEqual(buffer.styleRuns(row: 0).map(\.style), [Theme.dark.header.underlined()])
        XCTAssertEqual(buffer.styleRuns(row: 1).map(\.style), [Theme.dark.base])
    }

    func testPerCellStyleRunsHighlightSubstrings() {
        struct Source: TableDataSource {
            var count: Int { 1 }
            func row(at index: Int) -> [[Span]] {
                [[Span("a")], [Span("Do"), Span("sing", style: Theme.dark.highlight), Span(" q")]]
            }
        }
        var table = Table(columns: [TableColumn("A", width: .fixed(2)), TableColumn("B", width: .fill())], source: Source(), state: ScrollState(), theme: .dark, columnSpacing: 0)
        table.highlightsSelection = false
        let buffer = rendered(table, width: 12, height: 2)
        XCTAssertEqual(buffer.lines()[1], "a Dosing q  ")
        let runs = buffer.styleRuns(row: 1)
        XCTAssertEqual(runs.map(\.range), [0..<4, 4..<8, 8..<12])
        XCTAssertEqual(runs[1].style, Theme.dark.highlight)
    }

    func testOnlyVisibleRowsAreRequestedFromAMillionRowSource() {
        let source = CountingTableSource()
        var state = ScrollState()
        state.move(.bottom, itemCount: source.count, visibleRows: 9)
        let table = Table(columns: [TableColumn("#", width: .fixed(8)), TableColumn("Name", width: .fill()), TableColumn("M", width: .fixed(2))], source: source, state: state, theme: .dark)
        let buffer = rendered(table, width: 30, height: 10)
        XCTAssertLessThanOrEqual(source.requested.count, 9)
        XCTAssertEqual(source.requested.first, 999_991)
        XCTAssertTrue(buffer.lines()[9].hasPrefix("999999"))
        XCTAssertEqual(buffer.lines()[9].suffix(1), "█")
    }

    func testCellsTruncateWithEllipsis() {
        let table = Table(columns: columns, source: rows, state: ScrollState(), theme: .dark)
        let line = rendered(table, width: 40, height: 3).lines()[2]
        XCTAssertTrue(line.contains("Access barrier in r… South"), line)
    }

    func testHitTesting() {
        let table = Table(columns: columns, source: rows, state: ScrollState(selected: 0), theme: .dark)
        let area = Rect(x: 0, y: 0, width: 40, height: 4)
        XCTAssertEqual(table.columnIndex(atX: 0, in: area), 0)
        XCTAssertNil(table.columnIndex(atX: 7, in: area))
        XCTAssertEqual(table.columnIndex(atX: 8, in: area), 1)
        XCTAssertNil(table.rowIndex(atY: 0, in: area))
        XCTAssertEqual(table.rowIndex(atY: 1, in: area), 0)
        XCTAssertEqual(table.rowIndex(atY: 3, in: area), 2)
        XCTAssertEqual(table.visibleRowCount(in: area), 3)
    }

    func testSortIndicatorSurvivesNarrowColumns() {
        let narrow = [TableColumn("Description", width: .fixed(8)), TableColumn("N", width: .fill())]
        let table = Table(columns: narrow, source: [["a", "1"]], state: ScrollState(), sort: TableSort(column: 0, ascending: false), theme: .dark)
        XCTAssertTrue(rendered(table, width: 20, height: 2).lines()[0].hasPrefix("Descr… ▼ N"))
    }

    func testRowStyleFromSourceUnderSelection() {
        struct Source: TableDataSource {
            var count: Int { 3 }
            func row(at index: Int) -> [[Span]] { [[Span("r\(index)")]] }
            func rowStyle(at index: Int) -> Style? { index == 1 ? Theme.dark.warning : nil }
        }
        let table = Table(columns: [TableColumn("A", width: .fill())], source: Source(), state: ScrollState(selected: 2), theme: .dark)
        let buffer = rendered(table, width: 6, height: 4)
        XCTAssertEqual(buffer.styleRuns(row: 2).map(\.style), [Theme.dark.base.patched(with: Theme.dark.warning)])
        XCTAssertEqual(buffer.styleRuns(row: 3).map(\.style), [Theme.dark.base.patched(with: Theme.dark.selection)])
        XCTAssertEqual(buffer.styleRuns(row: 1).map(\.style), [Theme.dark.base])
    }
}
