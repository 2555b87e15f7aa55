import ArgumentParser
import Foundation
import LiaisonCore
import LiaisonStore

/// `liaison decide stance ID support|oppose|abstain --as PERSON`: records the acting person's
/// stance; earlier stances stay in the history.
struct DecideStanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stance",
        abstract: "Record your stance (support, oppose, abstain) on a decision, with an optional note.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The decision id (or its first characters).", valueName: "id"))
    var id: String

    @Argument(help: ArgumentHelp("support, oppose or abstain.", valueName: "stance"))
    var position: StancePosition

    @Option(help: ArgumentHelp("Why.", valueName: "text"))
    var note: String = ""

    func run() throws {
        let context = try ClashSession.open(global)
        let person = try context.session.actingPerson(purpose: "taking the stance")
        let decision = try DecisionLookup.decision(id, in: context.store)
        if decision.status == .decided {
            throw CLIFailure.runtime("decision \(decision.id.uuidString) is already decided; revisit it first")
        }
        try context.service.recordStance(position, note: note, of: person.id, on: decision.id, by: person.id)
        Console.out("\(person.id) \(position.rawValue)s \(decision.id.uuidString)\n")
    }
}
