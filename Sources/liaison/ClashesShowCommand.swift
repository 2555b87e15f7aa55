import ArgumentParser
import Foundation
import LiaisonCore
import LiaisonStore

/// `liaison clashes show ID`: one clash with both positions, its evidence, how its severity
/// was computed, the rule and its triage history.
struct ClashesShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one clash: both positions, evidence, score explanation and triage history.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: ShowFormatOptions

    @Argument(help: ArgumentHelp("The clash id, or a part of it that names one clash.", valueName: "id"))
    var id: String

    func run() throws {
        let context = try ClashSession.open(global)
        let status = try context.status(named: id)
        switch output.format {
        case .json:
            Console.out(try ListingPrinter.json(status))
        case .text:
            Console.out(try Self.report(status, context: context, style: .forStandardOutput()))
        }
    }

    /// The readable report of `status`.
    static func report(_ status: ClashStatus, context: ClashSession, style: TerminalStyle) throws -> String {
        var lines: [String] = []
        let history = context.service.triageHistory(of: status.clashID)
        guard let clash = status.clash else {
            lines.append(style.bold(status.clashID))
            lines.append("Status: \(status.disposition.rawValue) — the rules no longer raise this clash.")
            lines += triageLines(history)
            return lines.joined(separator: "\n") + "\n"
        }
        let region = clash.regionID.map { context.service.currentSnapshot.regionName($0) } ?? "national"
        lines.append(style.bold("\(clash.kind.label) · \(clash.subject.label)"))
        lines.append(style.dim(clash.id))
        lines.append("Severity \(clash.severity) (\(clash.level.rawValue)) · \(region) · \(status.disposition.rawValue)")
        lines.append("")
        lines.append(style.bold("Field:  ") + clash.fieldPosition)
        lines.append(style.bold("Office: ") + clash.officePosition)
        lines.append("")
        lines.append(style.bold("Evidence"))
        for reference in clash.evidence {
            lines.append("  \(reference.kind.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)) \(reference.id)"
                + (try describe(reference, store: context.store).map { "  \(style.dim($0))" } ?? ""))
        }
        lines.append("")
        lines.append(style.bold("Score"))
        for term in clash.explanation { lines.append("  \(term)") }
        let cuts = context.service.settings.clashes.levels
        lines.append("  = \(clash.severity) → \(clash.level.rawValue) (medium from \(cuts.medium), high from \(cuts.high), critical from \(cuts.critical))")
        if let rule = ClashEngine.standardRules.first(where: { $0.kind == clash.kind }) {
            lines.append("")
            lines.append(style.bold("Rule"))
            lines.append("  " + rule.helpText(config: context.service.settings.clashes))
        }
        lines += triageLines(history)
        return lines.joined(separator: "\n") + "\n"
    }

    private static func triageLines(_ history: [ClashTriage]) -> [String] {
        guard !history.isEmpty else { return [] }
        var lines = ["", "Triage"]
        for record in history {
            var line = "  \(ISODate.format(record.at))  \(record.state.rawValue) by \(record.by)"
            if let decision = record.decisionID { line += " · decision \(decision.uuidString)" }
            if let reason = record.reason, !reason.isEmpty { line += " — \(reason)" }
            lines.append(line)
        }
        return lines
    }

    /// A short description of the record `reference` points at, when it can be looked up.
    private static func describe(_ reference: EvidenceRef, store: LiaisonStore) throws -> String? {
        switch reference.kind {
        case .insight:
            guard let id = UUID(uuidString: reference.id), let insight = try store.insight(id: id) else { return nil }
            return "\(ListingPrinter.day(insight.interactionAt)) \(TextColumns.truncate(insight.whatWasSaid, to: 60))"
        case .institution:
            return try store.institution(id: reference.id).map { "\($0.name) (\($0.kind.rawValue), tier \($0.influenceTier))" }
        case .hcp:
            return try store.hcp(id: reference.id).map { "\($0.name), \($0.specialty)" }
        case .decision:
            guard let id = UUID(uuidString: reference.id) else { return nil }
            return try store.decision(id: id).map { "\($0.title) (\($0.status.rawValue))" }
        default:
            return nil
        }
    }
}
