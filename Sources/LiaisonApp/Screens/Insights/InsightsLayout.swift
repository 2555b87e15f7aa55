import TerminalKit

/// Where the parts of the Insights screen go; `update` and `view` both use it so page sizes
/// and mouse hits match what is drawn.
struct InsightsLayout {
    /// Screens at least this wide show the detail pane beside the table by default.
    static let wideWidth = 120

    var searchRow: Rect?
    var filterRow: Rect?
    /// nil while the detail pane covers the table (narrow screens).
    var table: Rect?
    var detail: Rect?
    /// Fewer columns in narrow tables.
    var compactTable: Bool
    /// Data rows the table shows.
    var visibleRows: Int

    init(area: Rect, state: InsightsState) {
        var body = area
        func takeRow() -> Rect {
            let row = Rect(x: body.x, y: body.y, width: body.width, height: 1)
            body = Rect(x: body.x, y: body.y + 1, width: body.width, height: max(0, body.height - 1))
            return row
        }
        if state.mode == .searching || !state.appliedSearch.isEmpty || !state.search.text.isEmpty { searchRow = takeRow() }
        if !state.filters.isEmpty { filterRow = takeRow() }
        let wide = area.width >= Self.wideWidth
        let showsDetail = state.detailToggle ?? wide
        if showsDetail && wide {
            let parts = Layout.split(body, direction: .horizontal, constraints: [.fill(), .percentage(34)])
            table = parts[0]
            detail = parts[1]
        } else if showsDetail {
            detail = body
        } else {
            table = body
        }
        compactTable = (table?.width ?? 0) < 104
        visibleRows = max(1, (table ?? body).height - 3)
    }
}
