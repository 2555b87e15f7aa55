import ArgumentParser
import Foundation
import LiaisonCore
import LiaisonStore

/// `liaison clashes [list]`: the clashes with their triage, most severe first.
struct ClashesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List clashes ranked by severity (the default of 'liaison clashes').")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions

    @Option(help: ArgumentHelp("Only clashes of this region (e.g. north).", valueName: "region"))
    var region: String?

    @Option(help: ArgumentHelp(
        "Only this kind: \(ClashKind.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "kind"))
    var kind: ClashKind?

    @Option(name: .customLong("min-severity"), help: ArgumentHelp("Only clashes of at least this severity (0–100).", valueName: "n"))
    var minSeverity: Int?

    @Option(help: ArgumentHelp("Only this level: low, medium, high, critical.", valueName: "level"))
    var level: ClashLevel?

    @Option(help: ArgumentHelp(
        "Triage state: active (open, acknowledged, escalated; the default), open, acknowledged, dismissed, escalated, resolved, all.",
        valueName: "status"))
    var status: ClashStatusFilter = .active

    func validate() throws {
        if let minSeverity, !(0...100).contains(minSeverity) {
            throw ArgumentParser.ValidationError("--min-severity must be between 0 and 100")
        }
    }

    func run() throws {
        let context = try ClashSession.open(global)
        let regionID = region.map { Identity.qualified($0, prefix: "region") }
        if let regionID, try context.store.region(id: regionID) == nil {
            throw CLIFailure.runtime("--region: unknown region '\(regionID)'")
        }
        let statuses = context.service.current().filter { matches($0, regionID: regionID) }
        try ListingPrinter.print(
            statuses, format: output.format,
            table: { Self.table(statuses) },
            csvHeader: Self.csvHeader, csvRows: { statuses.map(Self.csvRow) })
    }

    private func matches(_ status: ClashStatus, regionID: RegionID?) -> Bool {
        guard self.status.includes(status.disposition) else { return false }
        if let kind, !status.clashID.hasPrefix(kind.rawValue + ":") { return false }
        if regionID == nil && minSeverity == nil && level == nil { return true }
        guard let clash = status.clash else { return false }
        if let regionID, clash.regionID != regionID { return false }
        if let minSeverity, clash.severity < minSeverity { return false }
        if let level, clash.level != level { return false }
        return true
    }

    /// The clash table: severity, level, kind, region, triage state, subject, id.
    static func table(_ statuses: [ClashStatus]) -> TextTable {
        var table = TextTable(columns: [
            .init(title: "SEV", alignment: .right),
            .init(title: "LEVEL"),
            .init(title: "KIND"),
            .init(title: "REGION"),
            .init(title: "STATUS"),
            .init(title: "SUBJECT", maxWidth: 48),
            .init(title: "ID", isSecondary: true),
        ])
        for status in statuses {
            let clash = status.clash
            table.append([
                clash.map { String($0.severity) } ?? "–",
                clash?.level.rawValue ?? "",
                clash?.kind.label ?? status.clashID.prefix { $0 != ":" }.description,
                Identity.short(clash?.regionID ?? (clash == nil ? nil : "national")),
                status.disposition.rawValue,
                clash?.subject.label ?? "",
                status.clashID,
            ])
        }
        return table
    }

    static let csvHeader = [
        "id", "kind", "severity", "level", "region", "status", "subject", "fieldPosition", "officePosition", "evidence",
    ]

    /// One clash as a CSV row under `csvHeader`.
    static func csvRow(_ status: ClashStatus) -> [String] {
        let clash = status.clash
        return [
            status.clashID, clash?.kind.rawValue ?? "", clash.map { String($0.severity) } ?? "", clash?.level.rawValue ?? "",
            clash?.regionID ?? "", status.disposition.rawValue, clash?.subject.label ?? "", clash?.fieldPosition ?? "",
            clash?.officePosition ?? "", clash?.evidence.map(\.description).joined(separator: " ") ?? "",
        ]
    }
}
