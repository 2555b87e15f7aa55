import ArgumentParser
import Foundation
import LiaisonCore
import LiaisonStore

/// `liaison meeting action …`: action items with an owner, a due date and a status.
struct MeetingActionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "action", abstract: "Add action items, change their status, list open ones.",
        subcommands: [MeetingActionAddCommand.self, MeetingActionStatusCommand.self, MeetingActionListCommand.self])
}

/// `liaison meeting action add "TEXT" --owner P --due DATE [--item ITEM]`.
struct MeetingActionAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add an action item to the week's meeting.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var week: WeekOptions
    @Argument(help: "What is to be done.")
    var text: String
    @Option(help: ArgumentHelp("Who owns it, e.g. person:anna-keller.", valueName: "person"))
    var owner: String
    @Option(help: ArgumentHelp("Due date: 2027-01-22, an ISO 8601 time, or today.", valueName: "date"))
    var due: DateArgument
    @Option(help: ArgumentHelp("The agenda item it belongs to (number or id start).", valueName: "item"))
    var item: String?

    func run() throws {
        let ownerID = Identity.qualified(owner, prefix: "person")
        var added: ActionItem?
        try MeetingSetup(global: global, week: week).edit { meeting in
            let itemID = try item.map { try meeting.agendaItem(matching: $0).id }
            let action = try ActionItem(title: text, ownerID: ownerID, due: due.date, agendaItemID: itemID)
            added = action
            return [.addAction(action)]
        }
        guard let added else { return }
        Console.out("\(added.id.uuidString)\n")
    }
}

/// `liaison meeting action done ID` (and `cancel`, `reopen`): sets an action's status,
/// whichever meeting it was agreed at.
struct MeetingActionStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "done", abstract: "Mark an action done (or --status cancelled/open), in whichever meeting it was agreed.",
        aliases: ["status"])

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The action's id, or at least its first 4 characters.")
    var id: String
    @Option(help: "The new status.")
    var status: ActionStatus = .done

    func run() throws {
        let session = try StoreSession.open(global)
        let actor = try session.actingPerson(purpose: "updating the action").id
        let entry = try session.store.action(matching: id)
        try session.store.setActionStatus(entry.action.id, to: status, by: actor)
        Console.out("\(status.rawValue): \(entry.action.title)\n")
    }
}

/// `liaison meeting action list [--owner P]`: open actions from every meeting.
struct MeetingActionListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List open actions from every meeting, earliest due first.")

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("Only this person's actions.", valueName: "person"))
    var owner: String?
    @Option(help: "table, or json (MeetingAction values).")
    var format: MeetingFormat = .table

    func run() throws {
        let session = try StoreSession.open(global)
        let store = session.store
        let entries = try owner.map { try store.openActions(ownerID: Identity.qualified($0, prefix: "person")) }
            ?? store.openActions(before: .distantFuture)
        switch format {
        case .json:
            Console.out(try ListingPrinter.json(entries))
        case .table:
            let names = Dictionary(try store.people().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            let table = MeetingPrinter.actions(entries, currentMeetingID: nil, names: names, now: Date())
            Console.out(entries.isEmpty ? "no open actions\n" : table.render(style: .forStandardOutput()))
        }
    }
}
