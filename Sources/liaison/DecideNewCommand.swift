import ArgumentParser
import Foundation
import LiaisonCore
import LiaisonStore

/// `liaison decide new`: drafts an open decision, from a clash or from scratch; prints its id.
struct DecideNewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Draft a decision from a clash (--from-clash) or from --title/--topic/--scope; prints its id.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("from-clash"), help: ArgumentHelp(
        "Escalate this clash: the decision is prefilled from it and the clash is marked escalated.", valueName: "id"))
    var fromClash: String?

    @Option(help: ArgumentHelp("The decision's title (default from the clash).", valueName: "text"))
    var title: String?

    @Option(help: ArgumentHelp(
        "Topic: \(DecisionTopic.allCases.map(\.rawValue).joined(separator: ", ")) (default from the clash).",
        valueName: "topic"))
    var topic: DecisionTopic?

    @Option(help: ArgumentHelp("national, or a region (e.g. north).", valueName: "scope"))
    var scope: String?

    @Option(name: .customLong("field-case"), help: ArgumentHelp("The field's argument.", valueName: "text"))
    var fieldCase: String?

    @Option(name: .customLong("office-case"), help: ArgumentHelp("The office's argument.", valueName: "text"))
    var officeCase: String?

    func validate() throws {
        if fromClash != nil {
            if scope != nil || fieldCase != nil || officeCase != nil {
                throw ArgumentParser.ValidationError(
                    "--from-clash takes scope and cases from the clash; drop --scope/--field-case/--office-case")
            }
        } else if title == nil || topic == nil || scope == nil {
            throw ArgumentParser.ValidationError("give --from-clash ID, or all of --title, --topic and --scope")
        }
    }

    func run() throws {
        let context = try ClashSession.open(global)
        let person = try context.session.actingPerson(purpose: "drafting the decision")
        let decision: Decision
        if let fromClash {
            let status = try context.status(named: fromClash)
            guard status.clash != nil else {
                throw CLIFailure.runtime("clash \(status.clashID) is no longer raised by the data; nothing to escalate")
            }
            decision = try context.service.escalate(clashID: status.clashID, title: title, topic: topic, by: person.id)
        } else {
            let scope = try parsedScope(context.store)
            decision = try Decision(
                title: title ?? "", topic: topic ?? .other, scope: scope,
                fieldCase: Case(argument: fieldCase ?? ""), officeCase: Case(argument: officeCase ?? ""),
                createdBy: person.id, createdAt: try CLIClock.now())
            try context.service.saveDecision(decision, by: person.id)
        }
        Console.out(decision.id.uuidString + "\n")
        Console.error("drafted \(decision.topic.rawValue) decision for \(decision.scope): \(decision.title)")
        Console.error(DecisionReport.raciSummary(context.roles.raci(for: decision.topic), topic: decision.topic))
    }

    private func parsedScope(_ store: LiaisonStore) throws -> PlanScope {
        let text = scope ?? "national"
        if text == "national" { return .national }
        let regionID = Identity.qualified(text, prefix: "region")
        guard try store.region(id: regionID) != nil else {
            throw CLIFailure.runtime("--scope: unknown region '\(regionID)' (or use national)")
        }
        return .region(regionID)
    }
}
