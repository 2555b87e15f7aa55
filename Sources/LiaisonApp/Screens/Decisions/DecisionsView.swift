import LiaisonCore
import TerminalKit

/// Draws the Decisions screen: the section row and the list, or the open decision's
/// detail, and the ritual form over either.
struct DecisionsView {
    let state: DecisionsState
    let context: ScreenContext

    /// Rows the list shows in `area` (section row, frame and header taken off).
    static func visibleRows(_ area: Rect) -> Int { max(1, area.height - 4) }

    func render(in area: Rect, buffer: inout Buffer) {
        let theme = context.theme
        buffer.fill(area, style: theme.base)
        if state.openDecisionID != nil {
            renderDetail(in: area, buffer: &buffer)
        } else {
            renderSections(in: Rect(x: area.x, y: area.y, width: area.width, height: 1), buffer: &buffer)
            renderList(in: Rect(x: area.x, y: area.y + 1, width: area.width, height: max(0, area.height - 1)), buffer: &buffer)
        }
        state.ritual.view(area: area, buffer: &buffer, context: context)
    }

    private func renderSections(in row: Rect, buffer: inout Buffer) {
        let titles = DecisionSection.allCases.map { section in
            state.data == nil ? section.title : "\(section.title) (\(state.decisions(in: section).count))"
        }
        let selected = DecisionSection.allCases.firstIndex(of: state.section) ?? 0
        Tabs(titles: titles, selected: selected, theme: context.theme).render(in: row, buffer: &buffer)
    }

    private func renderList(in rect: Rect, buffer: inout Buffer) {
        let theme = context.theme
        let wide = rect.width >= 120
        let rows = DecisionListRows(rows: state.visible, data: state.data, wide: wide, theme: theme)
        var columns = [
            TableColumn("Title", width: .fill(3)), TableColumn("Topic", width: .fixed(wide ? 18 : 12)),
            TableColumn("Scope", width: .fixed(9)), TableColumn("Status", width: .fixed(7)),
            TableColumn("Stances", width: .fixed(7), alignment: .right), TableColumn("Review", width: .fixed(10)),
        ]
        if wide {
            columns.append(TableColumn("Resolution", width: .fixed(16)))
            columns.append(TableColumn("Drafted", width: .fixed(10)))
        }
        let empty = state.error.map { "Could not load decisions: \($0)" }
            ?? (state.data == nil ? "Loading…"
                : state.section == .open ? "No open decisions — escalate a clash (Clashes screen, e) to start one"
                : state.section == .due ? "Nothing due for review in the next two weeks"
                : "No decided decisions yet")
        Table(columns: columns, source: rows, state: state.scroll, theme: theme, emptyMessage: empty,
              block: Block(title: "Decisions · \(state.section.title) · ←/→ switches", theme: theme))
            .render(in: rect, buffer: &buffer)
    }

    private func renderDetail(in area: Rect, buffer: inout Buffer) {
        let theme = context.theme
        let block = DecisionDetailPage.block(state.openTitle, theme: theme)
        block.render(in: area, buffer: &buffer)
        let inner = block.inner(area)
        guard state.detail != nil, state.data != nil else {
            let text = state.error.map { "Could not load the decision: \($0)" } ?? "Loading…"
            buffer.write(text, x: inner.x, y: inner.y, style: theme.muted, maxWidth: inner.width)
            return
        }
        let page = DecisionDetailPage.page(state: state, context: context)
        let offset = DetailLines.scrollOffset(state.detailOffset, keeping: nil, height: page.height, total: page.lines.rows.count)
        page.lines.render(in: inner, offset: offset, base: theme.base, buffer: &buffer)
    }
}
