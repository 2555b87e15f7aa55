import ArgumentParser
import Foundation
import LiaisonCore
import LiaisonStore

/// `liaison decide resolve ID --mode M --outcome TEXT --rationale TEXT --as PERSON`: records
/// how the decision ended. Guardrails refuse with a message; a ruling by someone not
/// Accountable stands but prints a warning, as does a review date already past.
struct DecideResolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: "Resolve a decision: consensus, compromise, executiveRuling or deferred, with outcome and rationale.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The decision id (or its first characters).", valueName: "id"))
    var id: String

    @Option(help: ArgumentHelp("consensus, compromise, executiveRuling or deferred.", valueName: "mode"))
    var mode: ResolutionMode

    @Option(help: ArgumentHelp("What was decided (may be empty when deferred).", valueName: "text"))
    var outcome: String = ""

    @Option(help: ArgumentHelp("Why.", valueName: "text"))
    var rationale: String

    @Option(name: .customLong("review-date"), help: ArgumentHelp(
        "When to look at it again, e.g. 2027-06-30 (required when deferred).", valueName: "date"))
    var reviewDate: DateArgument?

    func run() throws {
        let context = try ClashSession.open(global)
        let person = try context.session.actingPerson(purpose: "deciding")
        let decision = try DecisionLookup.decision(id, in: context.store)
        let result = try context.service.resolveDecision(decision.id, DecisionResolution(
            mode: mode, outcome: outcome, rationale: rationale, decidedBy: person.id, reviewDate: reviewDate?.date),
            by: person.id)
        for warning in result.warnings { Console.error("warning: \(warning)") }
        Console.out("\(result.decision.id.uuidString) decided (\(mode.rawValue)) by \(person.id)\n")
    }
}
