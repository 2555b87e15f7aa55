import ArgumentParser
import Foundation
import LiaisonCore
import LiaisonStore

/// `liaison triage ID acknowledge|dismiss|resolve`: records what a person decided to do
/// about a clash. Every record is kept; the latest one is the clash's state.
struct TriageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "triage",
        abstract: "Acknowledge, dismiss (with --reason) or resolve a clash.",
        discussion: "To escalate a clash to a decision, use 'liaison decide new --from-clash ID'.")

    /// The triage steps this command records.
    enum Action: String, ExpressibleByArgument, CaseIterable {
        case acknowledge
        case dismiss
        case resolve

        var state: ClashTriageState {
            switch self {
            case .acknowledge: .acknowledged
            case .dismiss: .dismissed
            case .resolve: .resolved
            }
        }
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The clash id, or a part of it that names one clash.", valueName: "id"))
    var id: String

    @Argument(help: ArgumentHelp("acknowledge, dismiss or resolve.", valueName: "action"))
    var action: Action

    @Option(help: ArgumentHelp("Why; required to dismiss.", valueName: "text"))
    var reason: String?

    func run() throws {
        let context = try ClashSession.open(global)
        let person = try context.session.actingPerson(purpose: "triaging the clash")
        let status = try context.status(named: id)
        let record = try ClashTriage(
            clashID: status.clashID, state: action.state, reason: reason, by: person.id, at: try CLIClock.now())
        try context.service.triage(record, by: person.id)
        Console.out("\(action.state.rawValue) \(status.clashID)\n")
    }
}
