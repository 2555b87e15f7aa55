import Foundation
import LiaisonCore
import TerminalKit

/// The open meeting actions of the signed-in person, in the "me" panel: one line each with
/// the due date, the title and the meeting week it was agreed in; overdue ones say so and
/// stand out. When they do not all fit, the heading ends in "+N more".
struct MeActionsView {
    var actions: [MeetingAction]
    /// Actions due before this moment are overdue.
    var asOf: Date
    var theme: Palette

    func render(in area: Rect, buffer: inout Buffer) {
        guard area.height > 0, area.width > 0 else { return }
        let shown = actions.prefix(max(0, area.height - 1))
        let heading = "My open actions"
        buffer.write(heading, x: area.x, y: area.y, style: theme.header, maxWidth: area.width)
        if shown.count < actions.count {
            let more = "+\(actions.count - shown.count) more"
            if heading.displayWidth + 2 + more.displayWidth <= area.width {
                buffer.write(more, x: area.x + area.width - more.displayWidth, y: area.y, style: theme.muted, maxWidth: more.displayWidth)
            }
        }
        for (offset, entry) in shown.enumerated() {
            buffer.write(
                spans: line(entry, width: area.width), x: area.x, y: area.y + 1 + offset, base: theme.base, maxWidth: area.width)
        }
    }

    /// `11-20 Draft compromise            overdue · from 2026-W47`: the origin shortens to
    /// `W47` when the full week would leave the title fewer than 20 columns.
    func line(_ entry: MeetingAction, width: Int) -> [Span] {
        let overdue = entry.isOverdue(at: asOf)
        let date = DayFormat.short(entry.action.due) + " "
        func meta(_ origin: String) -> String { (overdue ? "overdue · " : "") + "from " + origin }
        var suffix = "  " + meta(Self.origin(of: entry, short: false))
        if width - date.displayWidth - suffix.displayWidth < 20 {
            suffix = "  " + meta(Self.origin(of: entry, short: true))
        }
        let titleWidth = max(0, width - date.displayWidth - suffix.displayWidth)
        let flagged = overdue ? theme.error : theme.muted
        return [
            Span(date, style: flagged),
            Span(entry.action.title.truncated(toWidth: titleWidth).padded(toWidth: titleWidth)),
            Span(suffix, style: flagged),
        ].truncated(toWidth: width)
    }

    /// The meeting the action was agreed in: its week (`2026-W47`, or `W47` when `short`),
    /// or its day for a meeting recorded without a week.
    static func origin(of entry: MeetingAction, short: Bool) -> String {
        guard let week = entry.meetingWeek else { return DayFormat.short(entry.meetingDate) }
        guard short, let dash = week.lastIndex(of: "-") else { return week }
        return String(week[week.index(after: dash)...])
    }
}
