import LiaisonCore
import TerminalKit

/// Draws the Insights screen: search and filter lines, the table, the detail pane and any
/// open filter form or picker.
struct InsightsView {
    let state: InsightsState
    let context: ScreenContext

    func render(in area: Rect, buffer: inout Buffer) {
        let theme = context.theme
        let layout = InsightsLayout(area: area, state: state)
        buffer.fill(area, style: theme.base)
        if let row = layout.searchRow { renderSearch(in: row, buffer: &buffer) }
        if let row = layout.filterRow {
            let parts = state.filters.summary(names: state.names, taxonomy: context.env.taxonomy)
            let spans = [Span("Filters: ", style: theme.header)] + [Span(parts.joined(separator: " · "))]
                + [Span("  (x clears, f edits)", style: theme.muted)]
            buffer.write(spans: spans.truncated(toWidth: row.width - 1), x: row.x + 1, y: row.y, base: theme.base, maxWidth: row.width - 1)
        }
        if let rect = layout.table { renderTable(in: rect, compact: layout.compactTable, buffer: &buffer) }
        if let rect = layout.detail {
            InsightDetailView(state: state, context: context).render(in: rect, buffer: &buffer)
        }
        if state.mode == .filtering || (state.mode == .picking && state.filterForm != nil), let form = state.filterForm {
            renderForm(form, in: area, buffer: &buffer)
        }
        if state.mode == .picking, let picker = state.picker {
            let width = min(area.width - 4, 72)
            let height = min(area.height - 2, 18)
            picker.render(in: area.centered(width: width, height: height), buffer: &buffer)
        }
    }

    private func renderSearch(in row: Rect, buffer: inout Buffer) {
        let theme = context.theme
        let label = "Search: "
        buffer.write(label, x: row.x + 1, y: row.y, style: theme.header, maxWidth: row.width - 1)
        let fieldX = row.x + 1 + label.count
        let note = state.mode == .searching ? "  Enter keep · Esc clear" : "  / edit"
        let fieldWidth = max(1, row.right - fieldX - note.count - 1)
        var field = state.search.styled(theme)
        field.isFocused = state.mode == .searching
        field.render(in: Rect(x: fieldX, y: row.y, width: fieldWidth, height: 1), buffer: &buffer)
        buffer.write(note, x: fieldX + fieldWidth, y: row.y, style: theme.muted, maxWidth: row.right - fieldX - fieldWidth)
    }

    private func renderTable(in rect: Rect, compact: Bool, buffer: inout Buffer) {
        let theme = context.theme
        let rows = InsightRows(
            window: state.window, count: state.rowCount, names: state.names, taxonomy: context.env.taxonomy,
            highlighter: SearchHighlighter(terms: state.searchTerms), compact: compact, theme: theme,
            textLimit: rect.width)
        let table = Table(
            columns: InsightRows.columns(compact: compact), source: rows, state: state.scroll, theme: theme,
            emptyMessage: emptyMessage, block: Block(title: title, footer: footer, theme: theme))
        table.render(in: rect, buffer: &buffer)
    }

    private var title: String {
        guard let total = state.total else { return state.isCounting ? "Insights · counting…" : "Insights" }
        let noun = total == 1 ? "insight" : "insights"
        return "Insights · \(NumberText.grouped(total)) \(noun)" + (state.isLoading || state.isCounting ? " · updating…" : "")
    }

    private var footer: String? {
        guard let selected = state.scroll.selected, state.rowCount > 0 else { return nil }
        return "\(NumberText.grouped(selected + 1)) of \(NumberText.grouped(state.rowCount))"
    }

    private var emptyMessage: String {
        if let error = state.error { return "Could not load insights: \(error)" }
        if state.total == nil { return "Loading…" }
        if !state.appliedSearch.isEmpty || !state.filters.isEmpty {
            return "Nothing matches — Esc in / clears the search, x clears the filters"
        }
        return "No insights yet — press n to log one"
    }

    private func renderForm(_ form: InsightFilterForm, in area: Rect, buffer: inout Buffer) {
        let width = min(area.width - 4, 70)
        let messages = form.form.fields.filter { $0.message != nil }.count
        let height = min(area.height, form.form.fields.count + messages + 3)
        let box = area.centered(width: width, height: height)
        let block = Block(title: "Filters", footer: "Enter choose · Ctrl-S apply · Esc cancel", theme: context.theme)
        buffer.fill(box, style: context.theme.base)
        block.render(in: box, buffer: &buffer)
        form.form.render(in: block.inner(box).inset(horizontal: 1, vertical: 0), buffer: &buffer)
    }
}

/// Numbers with thousands separators, independent of the locale.
enum NumberText {
    static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var result = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return value < 0 ? "-" + result : result
    }
}
