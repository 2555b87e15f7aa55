import LiaisonCore
import TerminalKit

/// Draws the Clashes screen: the filter line and the ranked table, or the open clash's
/// detail, and the dismissal dialog over either.
struct ClashesView {
    let state: ClashesState
    let context: ScreenContext

    /// Rows the table shows in `area` (filter line, frame and header taken off).
    static func visibleRows(_ area: Rect) -> Int { max(1, area.height - 4) }

    /// The table's frame below the filter line.
    static func tableRect(_ area: Rect) -> Rect {
        Rect(x: area.x, y: area.y + 1, width: area.width, height: max(0, area.height - 1))
    }

    /// The list row at screen row `y`, if any.
    static func rowIndex(atY y: Int, state: ClashesState, area: Rect) -> Int? {
        let rect = tableRect(area)
        let first = rect.y + 2
        guard y >= first, y < rect.bottom - 1 else { return nil }
        let range = state.scroll.visibleRange(itemCount: state.visible.count, visibleRows: visibleRows(area))
        let index = range.lowerBound + (y - first)
        return range.contains(index) ? index : nil
    }

    func render(in area: Rect, buffer: inout Buffer) {
        let theme = context.theme
        buffer.fill(area, style: theme.base)
        if state.openClashID != nil {
            renderDetail(in: area, buffer: &buffer)
        } else {
            renderFilters(in: Rect(x: area.x, y: area.y, width: area.width, height: 1), buffer: &buffer)
            renderTable(in: Self.tableRect(area), buffer: &buffer)
        }
        state.triage.view(area: area, buffer: &buffer, theme: context.theme)
    }

    private func renderFilters(in row: Rect, buffer: inout Buffer) {
        let theme = context.theme
        let names = state.data?.names ?? ClashNames()
        let style = state.filters.isNarrowed ? theme.accent : theme.muted
        let spans = [Span(" Filters: ", style: theme.header), Span(state.filters.summary(names: names), style: style)]
            + (state.filters.isNarrowed ? [Span("  (x clears)", style: theme.muted)] : [])
        buffer.write(spans: spans, x: row.x, y: row.y, maxWidth: row.width)
    }

    private func renderTable(in rect: Rect, buffer: inout Buffer) {
        let theme = context.theme
        let rows = state.visible
        let names = state.data?.names ?? ClashNames()
        let wide = rect.width >= 120
        var columns = [
            TableColumn("Level", width: .fixed(8)), TableColumn("Sev", width: .fixed(3), alignment: .right),
            TableColumn("Kind", width: .fill(2)), TableColumn("Subject", width: .fill(3)),
            TableColumn("Region", width: .fixed(10)), TableColumn("State", width: .fixed(12)),
        ]
        if wide { columns.insert(TableColumn("Field says", width: .fill(4)), at: 4) }
        let total = state.data?.statuses.count ?? 0
        let title = state.data == nil ? "Clashes" : "Clashes · \(rows.count) of \(total) · most severe first"
        let empty = state.error.map { "Could not load clashes: \($0)" }
            ?? (state.data == nil ? (state.isComputing ? "Computing clashes…" : "Loading…")
                : total == 0 ? "No clashes — field and office agree for now"
                : "No clash matches the filters — x clears them")
        Table(columns: columns, source: ClashRows(statuses: rows, names: names, wide: wide, theme: theme), state: state.scroll, theme: theme, emptyMessage: empty,
              block: Block(title: title, theme: theme))
            .render(in: rect, buffer: &buffer)
    }

    private func renderDetail(in area: Rect, buffer: inout Buffer) {
        let theme = context.theme
        let block = ClashDetailPage.block(status: state.detail?.status, theme: theme)
        block.render(in: area, buffer: &buffer)
        let inner = block.inner(area)
        guard state.detail != nil else {
            let text = state.error.map { "Could not load the clash: \($0)" } ?? (state.isComputing ? "Computing clashes…" : "Loading…")
            buffer.write(text, x: inner.x, y: inner.y, style: theme.muted, maxWidth: inner.width)
            return
        }
        let page = ClashDetailPage.page(state: state, context: context)
        let offset = DetailLines.scrollOffset(state.detailOffset, keeping: nil, height: page.height, total: page.lines.rows.count)
        page.lines.render(in: inner, offset: offset, base: theme.base, buffer: &buffer)
    }
}
