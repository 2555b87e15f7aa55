import ArgumentParser
import Foundation
import LiaisonCore
import LiaisonStore

/// `liaison meeting add "TEXT"`: a free agenda item at the end.
struct MeetingAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a free item at the end of the agenda.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var week: WeekOptions
    @Argument(help: "The item's title.")
    var text: String
    @Option(help: ArgumentHelp("Time box in minutes.", valueName: "n"))
    var minutes: Int = AgendaSettings.defaults.timeBox(.free)

    func validate() throws {
        if minutes < 1 { throw ArgumentParser.ValidationError("--minutes must be 1 or more") }
    }

    func run() throws {
        let item = AgendaItem(source: AgendaItemKind.free.rawValue, title: text, timeBoxMinutes: minutes)
        let meeting = try MeetingSetup(global: global, week: week).edit { _ in [.addItem(item)] }
        Console.out("added item \(meeting.agenda.count) (\(item.id.uuidString.prefix(8))): \(text)\n")
    }
}

/// `liaison meeting attend PERSON…`: records attendance.
struct MeetingAttendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "attend", abstract: "Record who attends the meeting.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var week: WeekOptions
    @Argument(help: "People, e.g. person:anna-keller or anna-keller.")
    var people: [String]
    @Flag(help: "Remove these people from the attendance list instead.")
    var remove = false

    func validate() throws {
        if people.isEmpty { throw ArgumentParser.ValidationError("name at least one person") }
    }

    func run() throws {
        let ids = people.map { Identity.qualified($0, prefix: "person") }
        let meeting = try MeetingSetup(global: global, week: week).edit { _ in
            remove ? ids.map { MeetingEdit.unattend($0) } : [.attend(ids)]
        }
        Console.out("attendance (\(meeting.attendees.count)): \(meeting.attendees.joined(separator: ", "))\n")
    }
}

/// `liaison meeting note ITEM TEXT`: appends a note line to an item.
struct MeetingNoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "note", abstract: "Add a note to an agenda item.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var week: WeekOptions
    @Argument(help: "The item: its number on the agenda or the start of its id.")
    var item: String
    @Argument(help: "The note.")
    var text: String

    func run() throws {
        let noted = try MeetingSetup(global: global, week: week).edit(item: item) { [.note(item: $0.id, text: text)] }.item
        Console.out("noted on: \(noted.title)\n")
    }
}
