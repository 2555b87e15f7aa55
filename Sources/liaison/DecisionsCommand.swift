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

    @Option(help: ArgumentHelp(
        "Show this one decision (id or its first characters): with --format table, the full report of 'liaison decide show'.",
        valueName: "id"))
    var id: String?

    func validate() throws {
        if limit < 0 { throw ArgumentParser.ValidationError("--limit must be 0 or more") }
    }

    func run() throws {
        let session = try StoreSession.open(global)
        if let id {
            try show(try DecisionLookup.decision(id, in: session.store), session: session)
            return
        }
        var decisions: [Decision] = []
        var cursor: PageCursor?
        repeat {
            let wanted = limit == 0 ? 200 : min(200, limit - decisions.count)
            let page = try session.store.decisions(status: status, after: cursor, limit: wanted)
            decisions += page.items
            cursor = page.next
        } while cursor != nil && (limit == 0 || decisions.count < limit)
        let now = try CLIClock.now()
        try ListingPrinter.print(
            decisions, format: output.format,
            table: { Self.table(decisions, now: now) },
            csvHeader: Self.csvHeader, csvRows: { decisions.map(Self.csvRow) })
    }

    private func show(_ decision: Decision, session: StoreSession) throws {
        switch output.format {
        case .table:
            let roles = try ClashSession.loadSettings(environment: session.environment).roles
            let report = DecisionReport(store: session.store, roles: roles, now: try CLIClock.now())
            Console.out(try report.render(decision, style: .forStandardOutput()))
        case .json, .csv:
            try ListingPrinter.print(
                [decision], format: output.format, table: { Self.table([decision], now: Date()) },
                csvHeader: Self.csvHeader, csvRows: { [Self.csvRow(decision)] })
        }
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
        "rationale", "reviewDate", "decidedAt", "stances", "clashIDs", "insightIDs",
    ]

    /// One decision as a CSV row under `csvHeader`.
    static func csvRow(_ decision: Decision) -> [String] {
        [
            decision.id.uuidString, ISODate.format(decision.createdAt), decision.status.rawValue,
            decision.topic.rawValue, decision.scope.description, decision.title, decision.resolution?.rawValue ?? "",
            decision.decidedBy ?? "", decision.outcome, decision.rationale, ListingPrinter.day(decision.reviewDate),
            decision.decidedAt.map(ISODate.format) ?? "",
            decision.stances.map { "\($0.personID)=\($0.position.rawValue)" }.joined(separator: " "),
            decision.clashIDs.joined(separator: " "), decision.insightIDs.map(\.uuidString).joined(separator: " "),
        ]
    }
}
