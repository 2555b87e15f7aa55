import LiaisonCore

/// The weekly minutes as Markdown: attendance, the agenda with notes and evidence, the
/// decisions taken with their resolution mode and rationale, and the actions.
public enum MarkdownMinutes {
    /// The minutes of `report`.
    public static func render(_ report: WeeklyReport) -> String {
        var lines: [String] = ["# \(MarkdownText.inline(ReportVocabulary.title(report)))", ""]
        if let meeting = report.meeting {
            lines.append("Meeting of \(AgendaText.day(meeting.date)) · data as of \(AgendaText.day(report.asOf))")
            for paragraph in ReportVocabulary.paragraphs(meeting.notes) {
                lines += ["", MarkdownText.inline(paragraph)]
            }
        } else {
            lines.append("No meeting was recorded for \(report.week) · data as of \(AgendaText.day(report.asOf))")
        }
        lines += ["", "## Attendance", ""]
        lines += attendance(report)
        lines += ["", "## Agenda", ""]
        lines += agenda(report)
        lines += ["", "## Decisions taken this week", ""]
        lines += decisions(report)
        lines += ["", "## Actions", ""]
        lines += actions(report)
        return lines.joined(separator: "\n") + "\n"
    }

    static func attendance(_ report: WeeklyReport) -> [String] {
        guard let attendees = report.meeting?.attendees, !attendees.isEmpty else {
            return ["_No attendance recorded._"]
        }
        return attendees.map { "- \(MarkdownText.inline(report.name(of: $0))) (`\($0)`)" }
    }

    static func agenda(_ report: WeeklyReport) -> [String] {
        guard let meeting = report.meeting, !meeting.agenda.isEmpty else { return ["_No agenda._"] }
        var lines: [String] = []
        for (index, item) in meeting.agenda.enumerated() {
            let marker = "\(index + 1). "
            var head = marker
            let title = "**\(MarkdownText.inline(item.title))**"
            head += item.isDropped ? "~~\(title)~~ (dropped)" : title
            head += " — \(MarkdownText.inline(ReportVocabulary.tag(item)))"
            if let minutes = item.timeBoxMinutes { head += " · \(minutes) min" }
            if let severity = item.severity { head += " · severity \(severity)" }
            lines.append(head)
            let indent = String(repeating: " ", count: marker.count)
            if !item.summary.isEmpty { lines.append(indent + MarkdownText.inline(item.summary)) }
            if !item.series.isEmpty {
                lines.append(indent + "Last \(item.series.count) weeks: \(AgendaText.sparkline(item.series)) "
                    + "(\(item.series.map(String.init).joined(separator: ", ")))")
            }
            if !item.evidence.isEmpty {
                let shown = item.evidence.prefix(6).map { "`\($0)`" }.joined(separator: ", ")
                let more = item.evidence.count > 6 ? " and \(item.evidence.count - 6) more" : ""
                lines.append(indent + "Evidence: \(shown)\(more)")
            }
            if !ReportVocabulary.paragraphs(item.notes).isEmpty {
                lines.append(indent + "Notes:")
                lines.append(MarkdownText.block(item.notes, indent: indent + "> "))
            }
            for action in ReportVocabulary.actions(under: item, in: meeting) {
                lines.append(indent + "- Action: \(MarkdownText.inline(action.title)) — "
                    + "\(MarkdownText.inline(report.name(of: action.ownerID))), due \(AgendaText.day(action.due)), \(action.status.rawValue)")
            }
        }
        return lines
    }

    static func decisions(_ report: WeeklyReport) -> [String] {
        guard !report.decisionsTaken.isEmpty else { return ["_No decisions were taken this week._"] }
        var lines: [String] = []
        for decision in report.decisionsTaken {
            lines.append("### \(MarkdownText.inline(decision.title))")
            lines.append("")
            let mode = decision.resolution?.label ?? "—"
            lines.append("- Resolution: **\(mode)**, \(MarkdownText.inline(ReportVocabulary.decidedLine(decision, report)))")
            lines.append("- Scope: \(decision.scope.description) · topic: \(decision.topic.rawValue) · status: \(decision.status.rawValue)")
            if !decision.outcome.isEmpty { lines.append("- Outcome: \(MarkdownText.inline(decision.outcome))") }
            lines.append("- Rationale: \(MarkdownText.inline(decision.rationale))")
            if let review = decision.reviewDate { lines.append("- Review: \(AgendaText.day(review))") }
            lines.append("")
        }
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    static func actions(_ report: WeeklyReport) -> [String] {
        guard !report.actions.isEmpty else { return ["_No actions._"] }
        var lines = ["| Action | Owner | Due | Status | From |", "|---|---|---|---|---|"]
        for entry in report.actions {
            let action = entry.action
            var due = AgendaText.day(action.due)
            if entry.isOverdue(at: report.asOf) { due += " (overdue)" }
            lines.append("| " + [
                MarkdownText.inline(action.title), MarkdownText.inline(report.name(of: action.ownerID)), due,
                action.status.rawValue, ReportVocabulary.origin(entry, report),
            ].joined(separator: " | ") + " |")
        }
        return lines
    }
}
