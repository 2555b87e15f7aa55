import ArgumentParser
import Foundation
import LiaisonCore
import LiaisonStore

/// `liaison meeting`: the weekly meeting. Without a subcommand it opens the week's meeting,
/// creating it with a generated agenda when there is none, and prints it.
struct MeetingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting",
        abstract: "Open this week's meeting (creating it with a generated agenda) and edit it.",
        discussion: """
            The agenda lists, in order: clashes new or worsened since the last meeting (by \
            severity), decisions due for review and escalations waiting for a decision, open \
            actions from earlier meetings (overdue marked), the insight themes that moved most \
            week on week per region (with a 12-week sparkline), and one quick-stats line per \
            region. ITEM is the item's number on the agenda or the start of its id.
            """,
        subcommands: [
            MeetingOpenCommand.self, MeetingShowCommand.self, MeetingMoveCommand.self, MeetingDropCommand.self,
            MeetingRestoreCommand.self, MeetingAddCommand.self, MeetingAttendCommand.self, MeetingNoteCommand.self,
            MeetingActionCommand.self,
        ],
        defaultSubcommand: MeetingOpenCommand.self)
}

/// How `meeting` and `meeting show` print.
enum MeetingFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
}

/// `liaison meeting [open]`.
struct MeetingOpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Open the week's meeting, creating it with a generated agenda; print it.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var week: WeekOptions
    @Option(help: "table, or json (the stored Meeting value).")
    var format: MeetingFormat = .table

    func run() throws {
        let setup = try MeetingSetup(global: global, week: week)
        let (meeting, created) = try setup.openMeeting()
        if created {
            Console.error("created the meeting for \(setup.week) with \(meeting.agenda.count) agenda items")
        }
        try MeetingShowCommand.print(meeting, setup: setup, format: format)
    }
}

/// `liaison meeting show`.
struct MeetingShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Print the week's meeting.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var week: WeekOptions
    @Option(help: "table, or json (the stored Meeting value).")
    var format: MeetingFormat = .table

    func run() throws {
        let setup = try MeetingSetup(global: global, week: week)
        try Self.print(try setup.existingMeeting(), setup: setup, format: format)
    }

    /// Prints `meeting` with the actions still open from earlier meetings.
    static func print(_ meeting: Meeting, setup: MeetingSetup, format: MeetingFormat) throws {
        switch format {
        case .json:
            Console.out(try ListingPrinter.json(meeting))
        case .table:
            let printer = MeetingPrinter(
                meeting: meeting, names: try setup.peopleNames(), now: setup.now,
                carried: try setup.session.store.openActions(before: setup.week.start))
            Console.out(printer.render(style: .forStandardOutput()))
        }
    }
}

/// `liaison meeting move ITEM --to N`.
struct MeetingMoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "move", abstract: "Move an agenda item to position N (1 = first).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var week: WeekOptions
    @Argument(help: "The item: its number on the agenda or the start of its id.")
    var item: String
    @Option(help: ArgumentHelp("The new position, 1 = first.", valueName: "n"))
    var to: Int

    func validate() throws {
        if to < 1 { throw ArgumentParser.ValidationError("--to must be 1 or more") }
    }

    func run() throws {
        let (moved, meeting) = try MeetingSetup(global: global, week: week).edit(item: item) { [.move(item: $0.id, to: to - 1)] }
        let position = (meeting.agenda.firstIndex { $0.id == moved.id } ?? 0) + 1
        Console.out("moved to \(position): \(moved.title)\n")
    }
}

/// `liaison meeting drop ITEM`.
struct MeetingDropCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drop", abstract: "Drop an agenda item (it stays in the minutes, struck out).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var week: WeekOptions
    @Argument(help: "The item: its number on the agenda or the start of its id.")
    var item: String

    func run() throws {
        let dropped = try MeetingSetup(global: global, week: week).edit(item: item) { [.drop(item: $0.id)] }.item
        Console.out("dropped: \(dropped.title)\n")
    }
}

/// `liaison meeting restore ITEM`.
struct MeetingRestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "restore", abstract: "Take a dropped item back onto the agenda.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var week: WeekOptions
    @Argument(help: "The item: its number on the agenda or the start of its id.")
    var item: String

    func run() throws {
        let restored = try MeetingSetup(global: global, week: week).edit(item: item) { [.restore(item: $0.id)] }.item
        Console.out("restored: \(restored.title)\n")
    }
}
