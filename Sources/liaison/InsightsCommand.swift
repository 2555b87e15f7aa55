import ArgumentParser
import Foundation
import LiaisonCore
import LiaisonStore

/// `liaison insights`: lists insights, newest interaction first, with filters and search.
struct InsightsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "insights",
        abstract: "List insights, newest first, filtered by region, theme, product, HCP, author, status, time or text.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions

    @Option(help: ArgumentHelp("Only this region, e.g. north or region:north.", valueName: "region"))
    var region: String?

    @Option(help: ArgumentHelp("Only this theme code, e.g. unmet-need.", valueName: "theme"))
    var theme: String?

    @Option(help: ArgumentHelp("Only this product, e.g. lumora or product:lumora.", valueName: "product"))
    var product: String?

    @Option(help: ArgumentHelp("Only insights about this HCP, e.g. h0042 or hcp:h0042.", valueName: "hcp"))
    var hcp: String?

    @Option(help: ArgumentHelp("Only insights written by this person.", valueName: "person"))
    var author: String?

    @Option(help: ArgumentHelp(
"Only insights in this lifecycle state (default: every state but draft; drafts are the author's).",
        valueName: "status"))
    var status: InsightStatus?

    @Option(help: ArgumentHelp(
        "Interactions on or after this date: YYYY-MM-DD, an ISO 8601 time, today, or an age like 30d / 12w.",
        valueName: "date"))
    var since: DateArgument?

    @Option(help: ArgumentHelp("Interactions before this date (same forms as --since).", valueName: "date"))
    var until: DateArgument?

    @Option(help: ArgumentHelp("Full-text search in what was said, why it matters and tags.", valueName: "text"))
    var search: String?

    @Option(help: ArgumentHelp("At most this many insights; 0 for all.", valueName: "n"))
    var limit: Int = 50

    func validate() throws {
        if limit < 0 { throw ArgumentParser.ValidationError("--limit must be 0 or more") }
    }

    func run() throws {
        let session = try StoreSession.open(global)
        let insights = try Self.fetch(session.store, query: query, limit: limit)
        try ListingPrinter.print(
            insights, format: output.format,
            table: { InsightRows.table(insights) },
            csvHeader: InsightRows.csvHeader, csvRows: { insights.map(InsightRows.csvRow) })
    }

    /// The store query the filter options describe.
    var query: InsightQuery {
        var query = InsightQuery()
        query.regionID = region.map { Identity.qualified($0, prefix: "region") }
        query.theme = theme
        query.productID = product.map { Identity.qualified($0, prefix: "product") }
        query.hcpID = hcp.map { Identity.qualified($0, prefix: "hcp") }
        query.authorID = author.map { Identity.qualified($0, prefix: "person") }
        query.statuses = status.map { [$0] } ?? Set(InsightStatus.allCases).subtracting([.draft])
        query.since = since?.date
        query.until = until?.date
        query.search = search
        return query
    }

    /// Up to `limit` insights (all when 0), read a page at a time.
    static func fetch(_ store: LiaisonStore, query: InsightQuery, limit: Int) throws -> [Insight] {
        var result: [Insight] = []
        var cursor: PageCursor?
        repeat {
            let wanted = limit == 0 ? 500 : min(500, limit - result.count)
            let page = try store.insights(matching: query, after: cursor, limit: wanted)
            result += page.items
            cursor = page.next
        } while cursor != nil && (limit == 0 || result.count < limit)
        return result
    }
}
