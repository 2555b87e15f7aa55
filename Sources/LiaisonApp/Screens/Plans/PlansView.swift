import LiaisonCore
import TerminalKit

/// Draws the Plans screen: the plans list, a plan beside the national plan, or the insights
/// behind an objective.
enum PlansView {
    /// The rows area inside the frame (used by update for page sizes and clicks).
    static func body(_ area: Rect) -> Rect {
        Block(theme: .dark).inner(area)
    }

    static func bodyHeight(_ area: Rect) -> Int { max(1, body(area).height) }

    static func render(_ state: PlansState, area: Rect, buffer: inout Buffer, theme: Palette) {
        switch state.mode {
        case .list: renderList(state, area: area, buffer: &buffer, theme: theme)
        case .plan: renderPlan(state, area: area, buffer: &buffer, theme: theme)
        case .insights: renderInsights(state, area: area, buffer: &buffer, theme: theme)
        }
    }

    private static func renderList(_ state: PlansState, area: Rect, buffer: inout Buffer, theme: Palette) {
        let entries = state.entries ?? []
        let width = (entries.map(\.name.displayWidth).max() ?? 0) + 2
        let rows = entries.map { entry -> String in
            let name = entry.name.padding(toLength: max(width, entry.name.count + 2), withPad: " ", startingAt: 0)
            guard let plan = entry.plan else { return name + "no plan yet — import one with `liaison import FILE`" }
            return name + "\(plan.period) · \(PlansFormat.status(plan.status)) · \(plan.objectives.count) objectives · \(plan.tactics.count) tactics · \(plan.studySites.count) sites"
        }
        let empty = state.error.map { "Could not load plans: \($0)" }
            ?? (state.entries == nil ? "Loading…" : "No regions yet — import a dataset with `liaison import FILE`")
        List(source: rows, state: state.listScroll, theme: theme, selectionSymbol: "▸ ", emptyMessage: empty,
             block: Block(title: "Plans — Enter opens a plan beside the national plan", theme: theme))
            .render(in: area, buffer: &buffer)
    }

    private static func renderPlan(_ state: PlansState, area: Rect, buffer: inout Buffer, theme: Palette) {
        let block = Block(title: planTitle(state), footer: "Enter on an objective: its insights · Esc: all plans", theme: theme)
        block.render(in: area, buffer: &buffer)
        let inner = block.inner(area)
        guard !state.rows.isEmpty else {
            let text = state.error.map { "Could not load the plan: \($0)" } ?? "Loading…"
            Paragraph(text, style: theme.muted).render(in: inner, buffer: &buffer)
            return
        }
        let place = PlansScreen.needlePlace(state.mode)
        let parts = place == nil ? (rows: inner, panel: nil) : PlansNeedleView.split(inner, needle: state.needle)
        if let place, let panel = parts.panel {
            PlansNeedleView.renderPanel(state.needle, place: place, area: panel, buffer: &buffer, theme: theme)
        }
        renderRows(state, inner: parts.rows, buffer: &buffer, theme: theme)
        if let form = state.needle.form {
            PlansNeedleView.renderForm(form, in: parts.rows, buffer: &buffer, theme: theme)
        }
    }

    private static func renderRows(_ state: PlansState, inner: Rect, buffer: inout Buffer, theme: Palette) {
        let split = state.comparison?.regional != nil
        let leftWidth = split ? (inner.width - 3) / 2 : inner.width
        let rightX = inner.x + leftWidth + 3
        let rightWidth = inner.right - rightX
        let range = state.planScroll.visibleRange(itemCount: state.rows.count, visibleRows: inner.height)
        for (offset, index) in range.enumerated() {
            let row = state.rows[index]
            let y = inner.y + offset
            let isSelected = index == state.planScroll.selected
            let base = isSelected ? theme.selection : (row.kind == .heading ? theme.header : theme.base)
            buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: isSelected ? theme.selection : theme.base)
            draw(row.left, mark: row.leftMark, x: inner.x, y: y, width: leftWidth, style: base, theme: theme, buffer: &buffer)
            if split {
                buffer.write("│", x: inner.x + leftWidth + 1, y: y, style: theme.border)
                draw(row.right, mark: row.rightMark, x: rightX, y: y, width: rightWidth, style: base, theme: theme, buffer: &buffer)
            }
        }
    }

    private static func draw(_ text: String, mark: String?, x: Int, y: Int, width: Int, style: Style, theme: Palette, buffer: inout Buffer) {
        guard width > 0 else { return }
        let markWidth = mark.map { $0.displayWidth + 1 } ?? 0
        buffer.write(text.truncated(toWidth: max(0, width - markWidth)), x: x, y: y, style: style)
        if let mark, markWidth <= width {
            buffer.write(mark, x: x + width - mark.displayWidth, y: y, style: style.patched(with: markStyle(mark, theme: theme)))
        }
    }

    private static func markStyle(_ mark: String, theme: Palette) -> Style {
        if mark.hasPrefix("↑") || mark.hasPrefix("+") { return theme.success }
        if mark.hasPrefix("↓") || mark.hasPrefix("−") { return theme.warning }
        if mark == "left out" { return theme.error }
        if mark == "not in national" { return theme.accent }
        return theme.muted
    }

    private static func planTitle(_ state: PlansState) -> String {
        guard let comparison = state.comparison else { return "Plan" }
        guard let region = comparison.regionName else { return "National plan" }
        return comparison.regional == nil ? "\(region): no plan yet — national plan shown" : "\(region) plan beside the national plan"
    }

    private static func renderInsights(_ state: PlansState, area: Rect, buffer: inout Buffer, theme: Palette) {
        guard let found = state.objectiveInsights else {
            Paragraph(state.error.map { "Could not load insights: \($0)" } ?? "Loading…", style: theme.muted,
                      block: Block(title: "Insights", theme: theme)).render(in: area, buffer: &buffer)
            return
        }
        let linked = Set(found.linked.map(\.id))
        let rows = found.all.map { insight -> String in
            let kind = linked.contains(insight.id) ? "linked " : "theme  "
            return "\(DayFormat.iso(insight.interactionAt))  \(kind) \(insight.status.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(insight.whatWasSaid.replacingOccurrences(of: "\n", with: " "))"
        }
        let place = found.regionName.map { " in \($0)" } ?? ""
        let title = "\(found.objective.rank). \(found.objective.title) — \(found.linked.count) linked, \(found.ofTheme.count) of its theme\(place)"
        let empty = "No insights linked to this objective or of its theme yet — press n to log one"
        List(source: rows, state: state.insightScroll, theme: theme, selectionSymbol: "▸ ", emptyMessage: empty,
             block: Block(title: title, footer: "Enter: open in Insights · Esc: back to the plan", theme: theme))
            .render(in: area, buffer: &buffer)
    }
}
