import ArgumentParser
import Foundation
import LiaisonCore
import LiaisonStore

/// `liaison decide revisit ID --note TEXT --as PERSON`: reopens a decided decision.
struct DecideRevisitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revisit",
        abstract: "Reopen a decided decision for revisit, saying why; its clashes are escalated to it again.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The decision id (or its first characters).", valueName: "id"))
    var id: String

    @Option(help: ArgumentHelp("Why it is revisited (kept in the history).", valueName: "text"))
    var note: String

    func run() throws {
        let context = try ClashSession.open(global)
        let person = try context.session.actingPerson(purpose: "revisiting the decision")
        let decision = try DecisionLookup.decision(id, in: context.store)
        let reopened = try context.service.revisitDecision(decision.id, note: note, by: person.id)
        Console.out("\(reopened.id.uuidString) reopened for revisit\n")
    }
}
