import ArgumentParser
import Foundation
import LiaisonCore
import LiaisonStore

/// `liaison decisions`: lists decisions, newest first.
struct DecisionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decisions",
        abstract: "List field/office decisions, newest first.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions

    @Option(help: ArgumentHelp(
"Only decisions in this state.", valueName: "status"))
    var status: DecisionStatus?

    @Option(help: ArgumentHelp("At most this many decisions; 0 for all.", valueName: "n"))
    var limit: Int = 0

    func validate() throws {
        if limit < 0 { throw ArgumentParser.ValidationError("--limit must be 0 or more") }
    }

    func run() throws {
        let session = try StoreSession.open(global)
        var decisions: [Decision] = []
        var cursor: PageCursor?
        repeat {
            let wanted = limit == 0 ? 200 : min(200, limit - decisions.count)
            let page = try session.store.decisions(status: status, after: cursor, limit: wanted)
            decisions += page.items
            cursor = page.next
        } while cursor != nil && (limit == 0 || decisions.count < limit)
        let now = Date()
        try ListingPrinter.print(
            decisions, format: output.format,
            table: { Self.table(decisions, now: now) },
            csvHeader: Self.csvHeader, csvRows: { decisions.map(Self.csvRow) })
    }

    /// The decision table; an overdue review date is marked with "!".
    static func table(_ decisions: [Decision], now: Date) -> TextTable {
        var table = TextTable(columns: [
            .init(title: "CREATED"),
            .init(title: "ID", isSecondary: true),
            .init(title: "STATUS"),
            .init(title: "TOPIC"),
            .init(title: "SCOPE"),
            .init(title: "RESOLUTION"),
            .init(title: "REVIEW"),
            .init(title: "TITLE", maxWidth: 60),
        ])
        for decision in decisions {
            let review = ListingPrinter.day(decision.reviewDate)
            table.append([
                ListingPrinter.day(decision.createdAt),
                String(decision.id.uuidString.prefix(8)),
                decision.status.rawValue,
                decision.topic.rawValue,
                Identity.short(decision.scope.description),
                decision.resolution?.rawValue ?? "",
                decision.isOverdue(at: now) ? review + " !" : review,
                decision.title,
            ])
        }
        return table
    }

    static let csvHeader = [
        "id", "created", "status", "topic", "scope", "title", "resolution", "decidedBy", "outcome",
        "rationale", "reviewDate",
    ]

    /// One decision as a CSV row under `csvHeader`.
    static func csvRow(_ decision: Decision) -> [String] {
        [
            decision.id.uuidString, ISODate.format(decision.createdAt), decision.status.rawValue,
            decision.topic.rawValue, decision.scope.description, decision.title, decision.resolution?.rawValue ?? "",
            decision.decidedBy ?? "", decision.outcome, decision.rationale, ListingPrinter.day(decision.reviewDate),
        ]
    }
}
