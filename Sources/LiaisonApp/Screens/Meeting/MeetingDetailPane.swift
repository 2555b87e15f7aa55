import LiaisonCore
import TerminalKit

/// The selected agenda item in full: title, flags, severity and time box, summary, trend,
/// evidence by name (the id when it was not named), notes, and the actions agreed under it.
struct MeetingDetailPane {
    let state: MeetingState
    let meeting: Meeting
    let theme: Palette

    func render(in rect: Rect, buffer: inout Buffer) {
        guard !rect.isEmpty else { return }
        let item = state.selectedItem
        let position = state.selection.selected.map { "\($0 + 1) / \(meeting.agenda.count)" } ?? ""
        let block = Block(title: item.map { "\($0.kind.label) · item \(position)" } ?? "Item", theme: theme)
        block.render(in: rect, buffer: &buffer)
        let inner = block.inner(rect).inset(horizontal: 1, vertical: 0)
        guard let item else {
            buffer.write("Select an item with j/k", x: inner.x, y: inner.y, style: theme.muted, maxWidth: inner.width)
            return
        }
        lines(item, width: inner.width).render(in: inner, offset: 0, base: theme.base, buffer: &buffer)
    }

    private func lines(_ item: AgendaItem, width: Int) -> DetailLines {
        var page = DetailLines(width: width)
        page.wrapped(item.title, style: item.isDropped ? theme.muted : theme.title)
        var facts: [String] = []
        if item.isDropped { facts.append("DROPPED — d restores it") }
        facts += item.flags.map(Self.flagText)
        if let severity = item.severity { facts.append("severity \(severity)") }
        if let minutes = item.timeBoxMinutes { facts.append("\(minutes) min") }
        if !facts.isEmpty { page.row([Span(facts.joined(separator: " · "), style: item.isDropped ? theme.warning : theme.muted)]) }
        if !item.notes.isEmpty {
            page.heading("Notes", style: theme.muted)
            for line in item.notes.split(separator: "\n") { page.wrapped("• " + line) }
        }
        let actions = state.selectedItemActions
        if !actions.isEmpty {
            page.heading(actions.count > 1 ? "Actions ([/] select, x status)" : "Actions (x status)", style: theme.muted)
            let selected = state.selectedAction?.id
            for action in actions {
                let style = action.status == .open ? theme.base : theme.muted
                page.item([Span("\(Self.statusMark(action.status)) \(action.title)", style: style)],
                          selected: action.id == selected && actions.count > 1, selectionStyle: theme.selection)
                page.row([Span("    \(state.name(action.ownerID)) · due \(AgendaText.day(action.due)) · \(action.status.rawValue)", style: theme.muted)])
            }
        }
        if !item.summary.isEmpty {
            page.gap()
            page.wrapped(item.summary)
        }
        if !item.series.isEmpty {
            page.row([Span("Trend  ", style: theme.muted), Span(AgendaText.sparkline(item.series), style: theme.chart),
                      Span("  \(item.series.map(String.init).joined(separator: " "))", style: theme.muted)])
        }
        if !item.evidence.isEmpty {
            page.heading("Evidence", style: theme.muted)
            for (index, id) in Self.listedEvidence(item).enumerated() {
                let named = state.evidence[id]
                let label = named?.label ?? Self.evidenceLabel(item.kind, index: index, id: id)
                page.row([Span(label.truncated(toWidth: 16).padded(toWidth: 17), style: theme.muted), Span(named?.text ?? id)])
            }
            if item.evidence.count > Self.evidenceLimit {
                page.row([Span("+\(item.evidence.count - Self.evidenceLimit) more", style: theme.muted)])
            }
        }
        return page
    }

    /// Evidence lines listed per item; an overflow item ("N more clashes") cites thousands.
    static let evidenceLimit = 20

    /// The evidence ids the pane lists for `item`.
    static func listedEvidence(_ item: AgendaItem) -> [String] {
        Array(item.evidence.prefix(evidenceLimit))
    }

    /// `[ ]`, `[x]` or `[-]`.
    static func statusMark(_ status: ActionStatus) -> String {
        switch status {
        case .open: "[ ]"
        case .done: "[x]"
        case .cancelled: "[-]"
        }
    }

    /// What a flag means, in words.
    static func flagText(_ flag: AgendaFlag) -> String {
        switch flag {
        case .new: "new since the last meeting"
        case .worsened: "worsened since the last meeting"
        case .overdue: "overdue"
        case .reviewDue: "review due this week"
        case .revisit: "marked for revisit"
        case .awaitingDecision: "awaiting a decision"
        case .rising: "rising"
        case .falling: "falling"
        }
    }

    /// What the evidence id at `index` of an item of `kind` is (see `AgendaBuilder`).
    static func evidenceLabel(_ kind: AgendaItemKind, index: Int, id: String) -> String {
        switch (kind, index) {
        case (.clash, 0), (.escalation, 0): return "clash"
        case (.escalation, _), (.decision, 0): return "decision"
        case (.decision, _), (.stats, _): return "clash"
        case (.action, 0): return "action"
        case (.action, _): return "meeting"
        case (.theme, _): return "insight"
        default:
            if let colon = id.firstIndex(of: ":") { return String(id[..<colon]) }
            return "record"
        }
    }
}
