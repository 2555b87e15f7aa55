import LiaisonCore
import TerminalKit

/// Draws one region tile: RMD, plan, 30-day insights with a 12-week sparkline, open
/// decisions, the clash slot and the top themes. Lower lines are dropped when space is short.
struct RegionTileView {
    var tile: RegionTile
    var isSelected: Bool
    var theme: Palette

    func render(in area: Rect, buffer: inout Buffer) {
        let block = Block(
            title: tile.region.name, borders: isSelected ? .heavy : .rounded,
            borderStyle: isSelected ? theme.accent : theme.border, titleStyle: theme.title)
        block.render(in: area, buffer: &buffer)
        let inner = block.inner(area).inset(horizontal: 1, vertical: 0)
        guard !inner.isEmpty else { return }
        var lines = headLines()
        let themeRoom = inner.height - lines.count
        if themeRoom >= 2, !tile.topThemes.isEmpty {
            lines.append([Span("Top themes", style: theme.muted)])
            for tally in tile.topThemes.prefix(themeRoom - 1) {
                lines.append([Span("  \(tally.name) "), Span("\(tally.count)", style: theme.accent)])
            }
        } else {
            lines.append(label("Themes", tile.topThemes.isEmpty
                ? [Span("none in 30 days", style: theme.muted)]
                : [Span(tile.topThemes.map { "\($0.name) \($0.count)" }.joined(separator: " · "))]))
        }
        for (offset, line) in lines.prefix(inner.height).enumerated() {
            buffer.write(spans: line.truncated(toWidth: inner.width), x: inner.x, y: inner.y + offset, base: theme.base, maxWidth: inner.width)
        }
        let sparkWidth = min(12, inner.width - 18)
        if inner.height > 2, sparkWidth >= 4 {
            let spark = Rect(x: inner.right - sparkWidth, y: inner.y + 2, width: sparkWidth, height: 1)
            Sparkline(values: tile.weeklyInsights.map(Double.init), theme: theme).render(in: spark, buffer: &buffer)
        }
    }

    /// RMD, plan, insights, decisions and clashes, one line each.
    private func headLines() -> [[Span]] {
        let plan: [Span] = tile.planPeriod.map { period in
            [Span(period), Span(" · " + (tile.planStatus.map(Self.statusLabel) ?? ""), style: theme.muted)]
        } ?? [Span("no plan yet", style: theme.muted)]
        return [
            label("RMD", [Span(tile.rmdName ?? "vacant", style: tile.rmdName == nil ? theme.warning : .plain)]),
            label("Plan", plan),
            label("Insights", [Span("\(tile.insightsLast30Days)", style: theme.accent.bold()), Span(" in 30 days", style: theme.muted)]),
            label("Decisions", [Span("\(tile.openDecisions) open", style: tile.openDecisions > 0 ? theme.warning : theme.muted)]),
            label("Clashes", [Span(tile.openClashes ?? "—", style: theme.muted)]),
        ]
    }

    private func label(_ name: String, _ value: [Span]) -> [Span] {
        [Span(name.padded(toWidth: 10), style: theme.muted)] + value
    }

    /// `in review` rather than `inReview`.
    static func statusLabel(_ status: PlanStatus) -> String {
        switch status {
        case .draft: "draft"
        case .inReview: "in review"
        case .approved: "approved"
        }
    }
}
