import GRDB
import LiaisonCore

/// Pages an insight listing narrowed by a search (newest interaction first, like every insight
/// listing) without reading every match before the first page.
///
/// The search index is ordered by storage (`seq`), the listing by interaction time, so a page
/// is found one of two ways, with the same rows either way:
/// - few matches (at most `Tuning.walkAbove`): read every match from the index, look each up
///   and sort them — cost grows with the matches;
/// - many matches: walk the listing in its own order (an index on interaction time) and probe
///   the search index for each row, stopping at the page's last row — cost grows with the rows
///   walked, about the page size divided by the share of rows that match. A walk that meets
///   too few matches within `Tuning.candidates(limit:)` rows (matches bunched elsewhere in
///   time) stops there and the page is read the first way.
struct InsightSearchListing {
    /// When to walk and how far.
    struct Tuning {
        /// Walk when more insights than this match the search.
        var walkAbove: Int
        /// The fewest listing rows a walk looks at before reading the page the other way.
        var minimumCandidates: Int
        /// The listing rows a walk may look at per row of the page, when that is more.
        var candidatesPerRow: Int

        /// The tuning used by the store: at 1M insights a walk probes about 1,000 rows for a
        /// page of 50 at the threshold; reading 50,000 matches costs about as much.
        static let standard = Tuning(walkAbove: 50_000, minimumCandidates: 5_000, candidatesPerRow: 100)

        /// How many listing rows a walk for a page of `limit` looks at, at most.
        func candidates(limit: Int) -> Int {
            max(minimumCandidates, (max(limit, 0) + 1) * candidatesPerRow)
        }
    }

    /// The listing with every condition of the filter but the search.
    let base: KeysetQuery
    /// The FTS5 MATCH expression of the search (long prefixes expanded into terms).
    let match: String
    let tuning: Tuning

    /// The search listing for `filter`, nil when `filter` has no searchable text.
    init?(_ filter: InsightQuery, in db: Database, tuning: Tuning = .standard) throws {
        guard let text = filter.search, let match = try FTSPrefixExpansion.match(for: text, in: db) else { return nil }
        base = InsightListing.keyset(filter)
        self.match = match
        self.tuning = tuning
    }

    /// The listing that reads every match first (`i.seq IN (…)`).
    var materialised: KeysetQuery {
        var query = base
        query.filter("i.seq IN (SELECT rowid FROM insights_fts WHERE insights_fts MATCH ?)", match)
        return query
    }

    /// The listing that walks interaction time and probes the index row by row. The CROSS
    /// JOIN keeps insights as the outer loop, so the filters run before each probe.
    var walking: KeysetQuery {
        var query = base
        query.from = "insights i CROSS JOIN insights_fts ON insights_fts.rowid = i.seq"
        query.filter("insights_fts MATCH ?", match)
        return query
    }

    /// The page after `cursor` (the first page when nil).
    func page(_ db: Database, after cursor: PageCursor?, limit: Int) throws -> Page<Insight> {
        let rows = try fetch(db, from: cursor, forward: true, limit: limit)
        return try base.page(rows: rows, after: cursor, limit: limit, decode: RowDecoder.insight)
    }

    /// The page that ends just before `cursor` (the last page when nil), in listing order.
    func page(_ db: Database, before cursor: PageCursor?, limit: Int) throws -> Page<Insight> {
        let rows = try fetch(db, from: cursor, forward: false, limit: limit)
        return try base.page(rows: rows, before: cursor, limit: limit, decode: RowDecoder.insight)
    }

    /// How many insights match. Without other conditions the search index alone answers: it
    /// holds exactly the stored insights (kept by triggers and rebuilt after bulk imports).
    func count(_ db: Database) throws -> Int {
        guard base.conditions.isEmpty else { return try materialised.count(db) }
        return try Int.fetchOne(
            db, sql: "SELECT COUNT(*) FROM insights_fts WHERE insights_fts MATCH ?", arguments: [match]) ?? 0
    }

    /// Whether more insights than `tuning.walkAbove` match (reads at most that many + 1).
    func hasManyMatches(_ db: Database) throws -> Bool {
        let bounded = try Int.fetchOne(
            db, sql: "SELECT COUNT(*) FROM (SELECT 1 FROM insights_fts WHERE insights_fts MATCH ? LIMIT ?)",
            arguments: [match, tuning.walkAbove + 1]) ?? 0
        return bounded > tuning.walkAbove
    }

    private func fetch(_ db: Database, from cursor: PageCursor?, forward: Bool, limit: Int) throws -> [Row] {
        guard try hasManyMatches(db) else {
            return try materialised.fetch(db, from: cursor, forward: forward, limit: limit)
        }
        var walk = walking
        let stop = try base.key(db, past: cursor, forward: forward, offset: tuning.candidates(limit: limit) - 1)
        if let stop { walk.stop(at: stop, forward: forward) }
        let rows = try walk.fetch(db, from: cursor, forward: forward, limit: limit)
        // A full page, or a walk that reached the end of the listing, is the whole answer.
        if rows.count > max(limit, 0) || stop == nil { return rows }
        return try materialised.fetch(db, from: cursor, forward: forward, limit: limit)
    }
}
