import LiaisonCore
import TerminalKit

/// Draws the "me" panel: on the left the meeting actions the person owns that are still open
/// (when there are any) above their recent insights with what became of them (the closed
/// loop); their drafts on the right.
struct MePanelView {
    var me: MePanelData?
    var person: Person?
    var env: AppEnvironment
    var theme: Palette

    func render(in area: Rect, buffer: inout Buffer) {
        guard area.height >= 3 else { return }
        let title = person.map { "Me — \($0.name) (\($0.role.label)\($0.regionID.map { ", " + RegionLabel.short($0) } ?? ""))" } ?? "Me"
        let block = Block(title: title, theme: theme)
        block.render(in: area, buffer: &buffer)
        let inner = block.inner(area).inset(horizontal: 1, vertical: 0)
        guard person != nil else {
            buffer.write("Nobody picked — press : and choose \"Switch person…\" to see your insights", x: inner.x, y: inner.y, style: theme.muted, maxWidth: inner.width)
            return
        }
        guard let me else {
            buffer.write("Loading…", x: inner.x, y: inner.y, style: theme.muted, maxWidth: inner.width)
            return
        }
        let parts = Self.parts(in: area, me: me)
        if let actionsArea = parts.actions {
            MeActionsView(actions: me.openActions, asOf: me.asOf, theme: theme).render(in: actionsArea, buffer: &buffer)
        }
        renderRecent(me.recent, in: parts.insights, buffer: &buffer)
        renderDrafts(me.drafts, in: parts.drafts, buffer: &buffer)
    }

    /// Where the panel's lists go.
    struct Parts: Equatable {
        /// The open actions; nil when the person owns none.
        var actions: Rect?
        var insights: Rect
        var drafts: Rect
    }

    /// The lists inside the panel's `area` for `me`. Open actions take the top of the left
    /// column, at most half of it (at least a heading and one action), so the insights keep
    /// a heading and a row even at 80×24.
    static func parts(in area: Rect, me: MePanelData) -> Parts {
        let columns = columns(in: area)
        guard !me.openActions.isEmpty else { return Parts(actions: nil, insights: columns[0], drafts: columns[1]) }
        let left = columns[0]
        let actionRows = min(left.height, 1 + me.openActions.count, max(2, left.height / 2))
        let rows = Layout.split(left, direction: .vertical, constraints: [.fixed(actionRows), .fill()])
        return Parts(actions: rows[0], insights: rows[1], drafts: columns[1])
    }

    /// A row of the panel under the mouse.
    enum Hit: Equatable {
        case insight(Int)
        case draft(Int)
    }

    /// The left column (actions and insights) and the drafts column inside the panel's `area`.
    static func columns(in area: Rect) -> [Rect] {
        let inner = Block(theme: .monochrome).inner(area).inset(horizontal: 1, vertical: 0)
        return Layout.split(inner, direction: .horizontal, constraints: [.fill(2), .fill(1)], spacing: 2)
    }

    /// Which insight or draft row is at (x, y) in a panel drawn in `area` for `me`.
    static func hit(x: Int, y: Int, area: Rect, me: MePanelData) -> Hit? {
        let parts = parts(in: area, me: me)
        for (isInsight, rect) in [(true, parts.insights), (false, parts.drafts)] where rect.contains(x: x, y: y) {
            let row = y - rect.y - 1
            let count = isInsight ? me.recent.count : me.drafts.count
            guard row >= 0, row < min(count, rect.height - 1) else { return nil }
            return isInsight ? .insight(row) : .draft(row)
        }
        return nil
    }

    private func renderRecent(_ entries: [LoopEntry], in area: Rect, buffer: inout Buffer) {
        guard area.height > 0 else { return }
        buffer.write("My insights — what became of them", x: area.x, y: area.y, style: theme.header, maxWidth: area.width)
        guard !entries.isEmpty else {
            if area.height > 1 {
                buffer.write("No insights yet — press n to log one", x: area.x, y: area.y + 1, style: theme.muted, maxWidth: area.width)
            }
            return
        }
        let themeWidth = min(18, max(8, area.width / 4))
        for (offset, entry) in entries.prefix(area.height - 1).enumerated() {
            let insight = entry.insight
            var spans: [Span] = [
                Span(DayFormat.short(insight.interactionAt) + " ", style: theme.muted),
                Span(env.themeName(insight.theme).truncated(toWidth: themeWidth).padded(toWidth: themeWidth) + " "),
                Span(entry.outcome, style: style(for: insight.status)),
            ]
            if !insight.endorsedBy.isEmpty { spans.append(Span("  +\(insight.endorsedBy.count)", style: theme.success)) }
            buffer.write(spans: spans.truncated(toWidth: area.width), x: area.x, y: area.y + 1 + offset, base: theme.base, maxWidth: area.width)
        }
    }

    private func renderDrafts(_ drafts: [Insight], in area: Rect, buffer: inout Buffer) {
        buffer.write("My drafts", x: area.x, y: area.y, style: theme.header, maxWidth: area.width)
        guard !drafts.isEmpty else {
            buffer.write("No drafts", x: area.x, y: area.y + 1, style: theme.muted, maxWidth: area.width)
            return
        }
        for (offset, draft) in drafts.prefix(area.height - 1).enumerated() {
            let text = draft.whatWasSaid.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            let spans = [Span(DayFormat.short(draft.loggedAt) + " ", style: theme.muted), Span(text)]
            buffer.write(spans: spans.truncated(toWidth: area.width), x: area.x, y: area.y + 1 + offset, base: theme.base, maxWidth: area.width)
        }
    }

    private func style(for status: InsightStatus) -> Style {
        switch status {
        case .actioned, .closed: theme.success
        case .reviewed: theme.accent
        case .archived, .draft: theme.muted
        case .submitted: .plain
        }
    }
}
