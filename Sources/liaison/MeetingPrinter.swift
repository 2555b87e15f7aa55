import Foundation
import LiaisonCore

/// Prints a meeting for the terminal: header, attendance, the agenda (one row per item with
/// its evidence line below) and the actions.
struct MeetingPrinter {
    var meeting: Meeting
    var names: [PersonID: String]
    var now: Date
    var carried: [MeetingAction] = []

    func name(_ id: PersonID) -> String { names[id] ?? id }

    /// The whole meeting as text.
    func render(style: TerminalStyle) -> String {
        let week = meeting.week ?? AgendaText.day(meeting.date)
        var text = style.bold("Weekly meeting \(week)") + "  " + style.dim(
            "\(AgendaText.day(meeting.date)) · \(meeting.activeAgenda.count) items · \(meeting.plannedMinutes) min planned · id \(meeting.id.uuidString.prefix(8))") + "\n"
        text += "Attendance: " + (meeting.attendees.isEmpty ? "none recorded" : meeting.attendees.map(name).joined(separator: ", ")) + "\n\n"
        text += agenda().render(style: style)
        text += "\n" + style.bold("Actions") + "\n"
        let entries = meeting.actions.map { MeetingAction(action: $0, meetingID: meeting.id, meetingDate: meeting.date, meetingWeek: meeting.week) }
            + carried.filter { entry in !meeting.actions.contains { $0.id == entry.id } }
        text += entries.isEmpty
            ? "none\n" : Self.actions(entries, currentMeetingID: meeting.id, names: names, now: now).render(style: style)
        return text
    }

    func agenda() -> TextTable {
        var table = TextTable(columns: [
            .init(title: "#", alignment: .right),
            .init(title: "KIND"),
            .init(title: "FLAGS"),
            .init(title: "MIN", alignment: .right),
            .init(title: "ITEM", maxWidth: 100),
            .init(title: "ID", isSecondary: true),
        ])
        for (index, item) in meeting.agenda.enumerated() {
            var flags = item.flags.map(\.rawValue)
            if item.isDropped { flags.insert("DROPPED", at: 0) }
            var title = item.title
            if !item.series.isEmpty { title += "  " + AgendaText.sparkline(item.series) }
            table.append([
                "\(index + 1)", item.kind.rawValue, flags.joined(separator: ","), item.timeBoxMinutes.map(String.init) ?? "",
                title, String(item.id.uuidString.prefix(8)),
            ])
            if !item.summary.isEmpty { table.append(["", "", "", "", "  " + item.summary, ""]) }
            for line in item.notes.split(separator: "\n") { table.append(["", "", "", "", "  note: " + line, ""]) }
        }
        return table
    }

    /// The actions table; `currentMeetingID`'s actions say "this meeting" in FROM.
    static func actions(_ entries: [MeetingAction], currentMeetingID: UUID?, names: [PersonID: String], now: Date) -> TextTable {
        var table = TextTable(columns: [
            .init(title: "ID", isSecondary: true),
            .init(title: "STATUS"),
            .init(title: "DUE"),
            .init(title: "OWNER"),
            .init(title: "FROM"),
            .init(title: "ACTION", maxWidth: 70),
        ])
        for entry in entries {
            let due = AgendaText.day(entry.action.due) + (entry.isOverdue(at: now) ? " !" : "")
            let from = entry.meetingID == currentMeetingID ? "this meeting" : AgendaText.day(entry.meetingDate)
            table.append([
                String(entry.action.id.uuidString.prefix(8)), entry.action.status.rawValue, due, names[entry.action.ownerID] ?? entry.action.ownerID,
                from, entry.action.title,
            ])
        }
        return table
    }
}
