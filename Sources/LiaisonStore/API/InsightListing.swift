import Foundation
import GRDB
import LiaisonCore

/// Builds the keyset query behind every insight listing from an `InsightQuery`.
enum InsightListing {
    static let name = "insights"

    /// The query for `filter` in `db`, newest interaction first; a search reads every match
    /// (see `InsightSearchListing` for paging one without doing so).
    static func keyset(_ filter: InsightQuery, in db: Database) throws -> KeysetQuery {
        try InsightSearchListing(filter, in: db)?.materialised ?? keyset(filter)
    }

    /// The query for every condition of `filter` but its search, newest interaction first.
    static func keyset(_ filter: InsightQuery) -> KeysetQuery {
        var query = KeysetQuery(
            listing: name, columns: RowDecoder.insightColumns, from: "insights i",
            keyColumns: ["i.interaction_ms", "i.id"], descending: true)
        apply(filter, to: &query)
        return query
    }

    /// Adds the conditions of `filter` but its search to `query` (whose insights table is
    /// aliased `i`).
    static func apply(_ filter: InsightQuery, to query: inout KeysetQuery) {
        if let value = filter.regionID { query.filter("i.region_id = ?", value) }
        if let value = filter.theme { query.filter("i.theme = ?", value) }
        if let value = filter.productID { query.filter("i.product_id = ?", value) }
        if let value = filter.hcpID { query.filter("i.hcp_id = ?", value) }
        if let value = filter.institutionID { query.filter("i.institution_id = ?", value) }
        if let value = filter.authorID { query.filter("i.author_id = ?", value) }
        if let value = filter.parentID { query.filter("i.parent_id = ?", RowDecoder.text(value)) }
        if let statuses = filter.statuses {
            if statuses.isEmpty {
                query.filter("0")
            } else {
                let raw = statuses.map(\.rawValue).sorted()
                query.conditions.append("i.status IN (\(Array(repeating: "?", count: raw.count).joined(separator: ", ")))")
                query.arguments.append(contentsOf: raw)
            }
        }
        if let value = filter.since { query.filter("i.interaction_ms >= ?", StoreCoding.milliseconds(value)) }
        if let value = filter.until { query.filter("i.interaction_ms < ?", StoreCoding.milliseconds(value)) }
    }
}

extension LiaisonStore {
    /// Insights matching `query`, newest interaction first (ties by id), the page after
    /// `cursor` (the first page when nil).
    public func insights(matching query: InsightQuery, after cursor: PageCursor? = nil, limit: Int = 50) throws -> Page<Insight> {
        try read { db in
            if let search = try InsightSearchListing(query, in: db) {
                return try search.page(db, after: cursor, limit: limit)
            }
            return try InsightListing.keyset(query).page(db, after: cursor, limit: limit, decode: RowDecoder.insight)
        }
    }

    /// The page of insights matching `query` that ends just before `cursor`, in listing order.
    public func insights(matching query: InsightQuery, before cursor: PageCursor, limit: Int = 50) throws -> Page<Insight> {
        try read { db in
            if let search = try InsightSearchListing(query, in: db) {
                return try search.page(db, before: cursor, limit: limit)
            }
            return try InsightListing.keyset(query).page(db, before: cursor, limit: limit, decode: RowDecoder.insight)
        }
    }

    /// The last page of insights matching `query` (the oldest interactions, ties by id), in
    /// listing order: read backwards from the end of the listing, so it costs what the first
    /// page does. Its `previous` continues towards the newest rows; `next` is nil.
    public func lastInsights(matching query: InsightQuery, limit: Int = 50) throws -> Page<Insight> {
        try read { db in
            if let search = try InsightSearchListing(query, in: db) {
                return try search.page(db, before: nil, limit: limit)
            }
            return try InsightListing.keyset(query).page(db, before: nil, limit: limit, decode: RowDecoder.insight)
        }
    }

    /// How many insights match `query`.
    public func countInsights(matching query: InsightQuery) throws -> Int {
        try read { db in
            if let search = try InsightSearchListing(query, in: db) { return try search.count(db) }
            return try InsightListing.keyset(query).count(db)
        }
    }

    /// The insight with `id`, if stored.
    public func insight(id: UUID) throws -> Insight? {
        try read { db in try RowDecoder.fetchInsight(db, id: id) }
    }

    /// Every insight matching `query`, oldest interaction first, handed to `body` one at a
    /// time without loading the table (for exports).
    public func forEachInsight(matching query: InsightQuery = InsightQuery(), _ body: (Insight) throws -> Void) throws {
        try read { db in
            var keyset = try InsightListing.keyset(query, in: db)
            keyset.descending = false
            try keyset.forEach(db) { row in try body(RowDecoder.insight(row)) }
        }
    }

    /// The FTS5 MATCH expression `searchInsights` runs for `text` (nil when nothing is
    /// searchable): `FTSQuery.sanitise`'s, with a long last-word prefix expanded into the
    /// indexed terms it stands for (see `FTSPrefixExpansion`).
    public func searchMatchExpression(_ text: String) throws -> String? {
        try read { db in try FTSPrefixExpansion.match(for: text, in: db) }
    }

    /// How many of the newest matches `.relevance` ranks (bounds the cost of common words).
    static let relevanceCandidates = 2_000

    /// Full-text search over what was said, why it matters and tags, narrowed by the other
    /// fields of `filter` (its `search` is ignored), in `order`. `.relevance` ranks the
    /// newest 2,000 matches (all of them when there are fewer).
    public func searchInsights(
        _ text: String, filter: InsightQuery = InsightQuery(), order: SearchOrder = .relevance, limit: Int = 50
    ) throws -> [SearchHit] {
        let terms = FTSQuery.terms(text)
        guard !terms.isEmpty else { return [] }
        var narrowed = filter
        narrowed.search = nil
        var query = KeysetQuery(
            listing: InsightListing.name, columns: "", from: "", keyColumns: [], descending: true)
        InsightListing.apply(narrowed, to: &query)
        let conditions = (["insights_fts MATCH ?"] + query.conditions).joined(separator: " AND ")
        let from = "FROM insights_fts JOIN insights i ON i.seq = insights_fts.rowid WHERE \(conditions)"
        return try read { db in
            guard let match = try FTSPrefixExpansion.match(for: text, in: db) else { return [] }
            let filterArguments: [(any DatabaseValueConvertible)?] = [match] + query.arguments
            // Relevance ranks a bounded candidate set: the newest `relevanceCandidates`
            // matches (after filters), found by walking the index newest first. Below that
            // many matches every match is ranked, as before.
            var bound = ""
            var boundArguments: [(any DatabaseValueConvertible)?] = []
            if order == .relevance, let oldest = try Int64.fetchOne(
                db, sql: "SELECT insights_fts.rowid \(from) ORDER BY insights_fts.rowid DESC LIMIT 1 OFFSET ?",
                arguments: StatementArguments(filterArguments + [Self.relevanceCandidates - 1]))
            {
                bound = " AND insights_fts.rowid >= ?"
                boundArguments = [oldest]
            }
            let sql = """
                SELECT \(RowDecoder.insightColumns), snippet(insights_fts, -1, char(2), char(3), '…', 16)
                \(from)\(bound) ORDER BY \(order == .relevance ? "insights_fts.rank" : "insights_fts.rowid DESC") LIMIT ?
                """
            let arguments = filterArguments + boundArguments + [max(limit, 0)]
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
                let snippet: String = row[RowDecoder.insightColumnCount]
                return SearchHit(
                    insight: try RowDecoder.insight(row),
                    snippet: HighlightedText(marked: snippet, open: "\u{2}", close: "\u{3}"), terms: terms)
            }
        }
    }

    /// The author's most recent insights that are not drafts, newest first.
    public func recentInsights(authorID: PersonID, limit: Int = 20) throws -> [Insight] {
        let statuses = Set(InsightStatus.allCases).subtracting([.draft])
        return try insights(matching: InsightQuery(authorID: authorID, statuses: statuses), limit: limit).items
    }

    /// The author's drafts, newest first.
    public func drafts(authorID: PersonID, limit: Int = 100) throws -> [Insight] {
        try insights(matching: InsightQuery(authorID: authorID, statuses: [.draft]), limit: limit).items
    }
}
