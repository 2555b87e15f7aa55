import Foundation
import LiaisonCore
import TerminalKit

/// The lines under the presenter's title: the summary, where the clash or decision stands,
/// the evidence by name, the trend sparkline, the item's notes and its actions.
struct PresenterBody {
    let state: MeetingState
    let item: AgendaItem
    let data: PresenterItemData?
    let theme: Palette

    /// Width of the label column of evidence lines.
    static let labelWidth = 14

    /// The lines for a body `width` columns wide; `roomy` (a tall screen) draws the trend as
    /// a four-row chart instead of one row.
    func lines(width: Int, roomy: Bool) -> [[Span]] {
        var lines: [[Span]] = []
        if !item.summary.isEmpty {
            lines += DetailLines.wrap(item.summary, width: width).prefix(3).map { [Span($0, style: theme.header)] }
        }
        let standing = standingLines(width: width)
        if !standing.isEmpty { lines += [[]] + standing }
        lines += evidenceLines(width: width)
        if !item.series.isEmpty { lines += [[]] + trendLines(roomy: roomy) }
        lines += notesLines(width: width)
        lines += actionLines()
        return lines
    }

    /// A section heading.
    private func heading(_ text: String) -> [Span] { [Span(text.uppercased(), style: theme.accent.bold())] }

    /// `text` after a label column, wrapped to `width` with later lines under the text.
    private func labelled(_ label: String, _ text: String, style: Style, width: Int, maxLines: Int = 2) -> [[Span]] {
        let wrapped = DetailLines.wrap(text, width: max(1, width - Self.labelWidth)).prefix(maxLines)
        return wrapped.enumerated().map { index, line in
            [Span((index == 0 ? label : "").padded(toWidth: Self.labelWidth), style: theme.accent), Span(line, style: style)]
        }
    }

    /// Where the clash's triage and the decision stand, so a save in place shows at once.
    private func standingLines(width: Int) -> [[Span]] {
        guard let data else { return [] }
        var lines: [[Span]] = []
        if let status = data.clash, item.kind == .clash || item.kind == .escalation {
            var text = ClashStyle.disposition(status.disposition)
            if let triage = status.triage {
                text += " by \(state.name(triage.by)) on \(DayFormat.iso(triage.at))"
                if let reason = triage.reason, !reason.isEmpty { text += " — \(reason)" }
            }
            lines += labelled("Clash", text, style: theme.header, width: width)
        }
        if let decision = data.decision {
            lines += labelled("Decision", decisionText(decision, data: data), style: theme.header, width: width)
            if decision.status == .decided, !decision.outcome.isEmpty {
                lines += labelled("Outcome", decision.outcome, style: theme.base, width: width)
            }
            if !decision.fieldCase.argument.isEmpty {
                lines += labelled("Field case", decision.fieldCase.argument, style: theme.base, width: width)
            }
            if !decision.officeCase.argument.isEmpty {
                lines += labelled("Office case", decision.officeCase.argument, style: theme.base, width: width)
            }
        }
        return lines
    }

    private func decisionText(_ decision: Decision, data: PresenterItemData) -> String {
        var parts = [decision.status.rawValue]
        if let mode = decision.resolution { parts.append(DecisionForm.label(mode)) }
        if let by = decision.decidedBy { parts.append("by " + data.name(by)) }
        let counts = StancePosition.allCases.compactMap { position -> String? in
            let count = decision.stances.filter { $0.position == position }.count
            return count == 0 ? nil : "\(count) \(position.rawValue)"
        }
        parts.append(counts.isEmpty ? "no stances yet" : counts.joined(separator: ", "))
        if let review = decision.reviewDate { parts.append("review \(DayFormat.iso(review))") }
        return parts.joined(separator: " · ")
    }

    private func evidenceLines(width: Int) -> [[Span]] {
        let shown = item.evidence.filter { $0 != item.reference }
        guard !shown.isEmpty else { return [] }
        var lines: [[Span]] = [[], heading("Evidence")]
        guard let data else {
            let failure = state.presenterSession.failures[item.id]
            return lines + [[Span(failure.map { "Could not read the evidence: \($0)" } ?? "Loading…", style: failure == nil ? theme.base : theme.error)]]
        }
        for line in data.evidence {
            lines.append([Span(line.label.padded(toWidth: Self.labelWidth), style: theme.accent),
                          Span(line.text.truncated(toWidth: max(1, width - Self.labelWidth)))])
        }
        if data.moreEvidence > 0 { lines.append([Span("… and \(data.moreEvidence) more", style: theme.accent)]) }
        return lines
    }

    /// "Trend  ▁▂▃▅▇  14 last week (was 9)"; roomy: a four-row chart, three columns a week,
    /// with the numbers beside its last row.
    private func trendLines(roomy: Bool) -> [[Span]] {
        let latest = item.series.last ?? 0
        let previous = item.series.count >= 2 ? item.series[item.series.count - 2] : nil
        var caption = " \(latest) last week"
        if let previous { caption += " (was \(previous))" }
        let label = Span("Trend ".padded(toWidth: Self.labelWidth), style: theme.accent)
        guard roomy else {
            return [[label, Span(AgendaText.sparkline(item.series), style: theme.chart.bold()), Span(caption, style: theme.header)]]
        }
        let values = item.series.flatMap { Array(repeating: Double($0), count: 3) }
        var chart = Buffer(width: values.count, height: 4)
        Sparkline(values: values, theme: theme).render(in: chart.area, buffer: &chart)
        let rows = chart.lines()
        return rows.enumerated().map { index, row in
            var line = [index == 0 ? label : Span("".padded(toWidth: Self.labelWidth)), Span(row, style: theme.chart.bold())]
            if index == rows.count - 1 { line.append(Span(caption, style: theme.header)) }
            return line
        }
    }

    private func notesLines(width: Int) -> [[Span]] {
        let notes = item.notes.split(separator: "\n").map(String.init)
        guard !notes.isEmpty else { return [] }
        return [[], heading("Notes")] + notes.flatMap { DetailLines.wrap("• " + $0, width: width) }.map { [Span($0)] }
    }

    private func actionLines() -> [[Span]] {
        let actions = state.meeting?.actions.filter { $0.agendaItemID == item.id } ?? []
        guard !actions.isEmpty else { return [] }
        return [[], heading("Actions")] + actions.map { action in
            let mark = action.status == .done ? "☑" : action.status == .cancelled ? "☒" : "☐"
            return [Span("\(mark) \(action.title)", style: theme.header),
                    Span(" — \(state.name(action.ownerID)), due \(DayFormat.iso(action.due))", style: theme.base)]
        }
    }
}
