import LiaisonCore
import TerminalKit

/// The clash detail as rows: heading, the two positions (side by side when there is room,
/// stacked otherwise), the evidence, the score explanation, the rule's help and the triage
/// history. `update` and `view` build it the same way, so scrolling follows the evidence.
struct ClashDetailPage {
    /// Widths from which the positions sit side by side.
    static let sideBySideWidth = 100

    let lines: DetailLines
    /// Rows visible at once.
    let height: Int

    /// The frame of the detail inside the content area.
    static func block(status: ClashStatus?, theme: Palette) -> Block {
        Block(title: "Clash · " + (status?.clash?.subject.label ?? status?.clashID ?? ""), footer: "Esc back to the list", theme: theme)
    }

    /// The page for the state's open clash in `context.area`.
    static func page(state: ClashesState, context: ScreenContext) -> ClashDetailPage {
        let inner = block(status: state.detail?.status, theme: context.theme).inner(context.area)
        let names = state.data?.names ?? ClashNames()
        let lines = state.detail.map { build($0, names: names, evidenceIndex: state.evidenceIndex, width: inner.width, theme: context.theme) }
            ?? DetailLines(width: inner.width)
        return ClashDetailPage(lines: lines, height: inner.height)
    }

    /// The rows of `detail` at `width` columns.
    static func build(_ detail: ClashDetail, names: ClashNames, evidenceIndex: Int, width: Int, theme: Palette) -> DetailLines {
        var lines = DetailLines(width: width)
        let status = detail.status
        guard let clash = status.clash else {
            let kind = ClashStyle.kind(ofID: status.clashID)?.label ?? "Clash"
            lines.row([Span(kind, style: theme.header)])
            lines.wrapped("\(status.clashID) no longer computes: its cause has gone.", style: theme.muted)
            lines.field("State", ClashStyle.disposition(status.disposition), labelStyle: theme.muted)
            history(detail, names: names, into: &lines, theme: theme)
            return lines
        }
        lines.row([Span(clash.kind.label, style: theme.header), Span(" · " + clash.subject.label)])
        lines.row([
            Span(clash.level.rawValue.uppercased(), style: ClashStyle.level(clash.level, theme: theme)),
            Span(" severity \(clash.severity)/100 · region \(names.region(clash.regionID)) · "),
            Span(ClashStyle.disposition(status.disposition), style: theme.accent),
        ])
        if width >= sideBySideWidth {
            lines.gap()
            lines.sideBySide(("Field position", clash.fieldPosition), ("Office position", clash.officePosition),
                             titleStyle: theme.title, style: theme.base)
        } else {
            lines.heading("Field position", style: theme.title)
            lines.wrapped(clash.fieldPosition)
            lines.heading("Office position", style: theme.title)
            lines.wrapped(clash.officePosition)
        }
        lines.heading("Evidence · Enter opens", style: theme.title)
        if detail.evidence.isEmpty { lines.row([Span("none recorded", style: theme.muted)]) }
        for (index, item) in detail.evidence.enumerated() {
            let kind = item.ref.kind.rawValue.padded(toWidth: 12)
            lines.item([Span(kind, style: theme.muted), Span(item.label)], selected: index == evidenceIndex, selectionStyle: theme.selection)
        }
        lines.heading("Score \(clash.severity) = \(clash.level.rawValue)", style: theme.title)
        for term in clash.explanation { lines.wrapped(term.description, indent: 2) }
        if !detail.ruleHelp.isEmpty {
            lines.heading("Rule", style: theme.title)
            lines.wrapped(detail.ruleHelp, style: theme.muted)
        }
        history(detail, names: names, into: &lines, theme: theme)
        return lines
    }

    private static func history(_ detail: ClashDetail, names: ClashNames, into lines: inout DetailLines, theme: Palette) {
        lines.heading("Triage history", style: theme.title)
        if detail.history.isEmpty {
            lines.row([Span("not triaged yet — a acknowledge · d dismiss · e escalate · c resolved", style: theme.muted)])
        }
        for record in detail.history {
            var text = "\(DayFormat.iso(record.at)) \(record.state.rawValue) by \(names.person(record.by))"
            if let reason = record.reason, !reason.isEmpty { text += " — \(reason)" }
            if let decision = record.decisionID { text += " (decision \(decision.uuidString.prefix(8)))" }
            lines.wrapped(text)
        }
    }
}

