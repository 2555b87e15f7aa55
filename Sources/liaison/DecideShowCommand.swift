import ArgumentParser
import Foundation
import LiaisonCore
import LiaisonStore

/// `liaison decide show ID`: the decision with its cases, stances grid, RACI and history.
struct DecideShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a decision: both cases, the stances grid, the RACI roles and its history.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: ShowFormatOptions

    @Argument(help: ArgumentHelp("The decision id (or its first characters).", valueName: "id"))
    var id: String

    func run() throws {
        let session = try StoreSession.open(global)
        let decision = try DecisionLookup.decision(id, in: session.store)
        switch output.format {
        case .json:
            Console.out(try ListingPrinter.json(decision))
        case .text:
            let roles = try ClashSession.loadSettings(environment: session.environment).roles
            let report = DecisionReport(store: session.store, roles: roles, now: try CLIClock.now())
            Console.out(try report.render(decision, style: .forStandardOutput()))
        }
    }
}
