import Foundation
import LiaisonCore

/// Words shared by the Markdown and HTML renderings, so both say the same thing.
enum ReportVocabulary {
    static func title(_ report: WeeklyReport) -> String {
        "Weekly Medical Affairs meeting — \(report.week)"
    }

    static func flag(_ flag: AgendaFlag) -> String {
        switch flag {
        case .new: "new"
        case .worsened: "worsened"
        case .overdue: "overdue"
        case .reviewDue: "review due"
        case .revisit: "revisit"
        case .awaitingDecision: "awaiting decision"
        case .rising: "rising"
        case .falling: "falling"
        }
    }

    /// `Clash · new, worsened` — the kind and the flags of an item.
    static func tag(_ item: AgendaItem) -> String {
        ([item.kind.label] + item.flags.map(flag)).joined(separator: " · ")
    }

    /// The non-empty lines of notes, each trimmed: every line the lead typed (one per
    /// `MeetingEdit.note`) is shown as its own paragraph.
    static func paragraphs(_ notes: String) -> [String] {
        notes.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    static func status(_ status: ActionStatus) -> String { status.rawValue }

    /// The actions agreed under `item` at `meeting`.
    static func actions(under item: AgendaItem, in meeting: Meeting) -> [ActionItem] {
        meeting.actions.filter { $0.agendaItemID == item.id }
    }

    /// "Decided by X on 2027-01-15" or what is known of it.
    static func decidedLine(_ decision: Decision, _ report: WeeklyReport) -> String {
        var parts: [String] = []
        if let by = decision.decidedBy { parts.append("decided by \(report.name(of: by))") }
        if let at = decision.decidedAt { parts.append("on \(AgendaText.day(at))") }
        return parts.joined(separator: " ")
    }

    /// Where an action came from: this week's meeting or the date of an earlier one.
    static func origin(_ action: MeetingAction, _ report: WeeklyReport) -> String {
        report.week.contains(action.meetingDate) ? "this meeting" : "meeting of \(AgendaText.day(action.meetingDate))"
    }
}
