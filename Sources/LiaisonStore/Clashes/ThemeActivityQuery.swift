import Foundation
import GRDB
import LiaisonCore

/// `ThemeActivity` rows computed in SQL exactly as that type's contract asks: whole UTC days
/// inside a window come from the summary table `insight_daily_counts`, the two partial days
/// at its edges from the insight indexes, so no query reads more than a day of insights.
enum ThemeActivityQuery {
    private static let dayMS: Int64 = 86_400_000
    private static let counted = "status NOT IN ('draft', 'archived')"

    /// The pair a row belongs to.
    struct Pair: Hashable {
        var regionID: RegionID
        var theme: ThemeCode
    }

    /// The window bounds in whole epoch milliseconds: an insight at `t` counts as recent when
    /// `recentStart < t ≤ now`, as previous when `previousStart < t ≤ recentStart`.
    struct Bounds {
        var now: Int64
        var recentStart: Int64
        var previousStart: Int64

        init(now: Date, windowDays: Int) {
            func floorMS(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded(.down)) }
            let window = Double(windowDays) * 86_400
            self.now = floorMS(now)
            recentStart = floorMS(now.addingTimeInterval(-window))
            previousStart = floorMS(now.addingTimeInterval(-2 * window))
        }
    }

    /// Every row with activity in either window, sorted by region and theme.
    static func all(_ db: Database, now: Date, settings: UnaddressedSignalRule.Settings) throws -> [ThemeActivity] {
        try rows(db, pair: nil, now: now, settings: settings)
    }

    /// The row of one pair; nil when it has no activity in either window.
    static func one(
        _ db: Database, regionID: RegionID, theme: ThemeCode, now: Date, settings: UnaddressedSignalRule.Settings
    ) throws -> ThemeActivity? {
        try rows(db, pair: Pair(regionID: regionID, theme: theme), now: now, settings: settings).first
    }

    private static func rows(
        _ db: Database, pair: Pair?, now: Date, settings: UnaddressedSignalRule.Settings
    ) throws -> [ThemeActivity] {
        let bounds = Bounds(now: now, windowDays: settings.windowDays)
        let recent = try counts(db, after: bounds.recentStart, upTo: bounds.now, pair: pair)
        let previous = try counts(db, after: bounds.previousStart, upTo: bounds.recentStart, pair: pair)
        let samples = try db.cachedStatement(sql: """
            SELECT id FROM insights
            WHERE region_id = ? AND theme = ? AND interaction_ms > ? AND interaction_ms <= ? AND \(counted)
            ORDER BY interaction_ms DESC, id ASC LIMIT ?
            """)
        let pairs = Set(recent.keys).union(previous.keys).sorted { ($0.regionID, $0.theme) < ($1.regionID, $1.theme) }
        return try pairs.map { key in
            let recentCount = recent[key] ?? 0
            var ids: [UUID] = []
            if recentCount > 0 && settings.sampleSize > 0 {
                ids = try String.fetchAll(samples, arguments: [
                    key.regionID, key.theme, bounds.recentStart, bounds.now, settings.sampleSize,
                ]).map { try RowDecoder.uuid($0, entity: "insight") }
            }
            return ThemeActivity(
                regionID: key.regionID, theme: key.theme, recentCount: recentCount,
                previousCount: previous[key] ?? 0, sampleInsightIDs: ids)
        }
    }

    /// Counted insights with `start < interaction_ms ≤ end` per pair (pairs with 0 absent).
    private static func counts(_ db: Database, after start: Int64, upTo end: Int64, pair: Pair?) throws -> [Pair: Int] {
        var result: [Pair: Int] = [:]
        guard start < end else { return result }
        let firstDay = start / dayMS
        let lastDay = end / dayMS
        if firstDay == lastDay {
            try addInsightCounts(db, after: start, upTo: end, pair: pair, into: &result)
            return result
        }
        try addInsightCounts(db, after: start, upTo: (firstDay + 1) * dayMS - 1, pair: pair, into: &result)
        if lastDay - firstDay > 1 {
            var sql = "SELECT region_id, theme, SUM(n) FROM insight_daily_counts WHERE day > ? AND day < ?"
            var arguments: StatementArguments = [firstDay, lastDay]
            if let pair {
                sql += " AND region_id = ? AND theme = ?"
                arguments += [pair.regionID, pair.theme]
            }
            let statement = try db.cachedStatement(sql: sql + " GROUP BY region_id, theme")
            for row in try Row.fetchAll(statement, arguments: arguments) {
                add(row, to: &result)
            }
        }
        try addInsightCounts(db, after: lastDay * dayMS - 1, upTo: end, pair: pair, into: &result)
        return result
    }

    /// Adds counted insights with `start < interaction_ms ≤ end` (a span within one day).
    private static func addInsightCounts(
        _ db: Database, after start: Int64, upTo end: Int64, pair: Pair?, into result: inout [Pair: Int]
    ) throws {
        guard start < end else { return }
        var sql = "SELECT region_id, theme, COUNT(*) FROM insights WHERE interaction_ms > ? AND interaction_ms <= ?"
        var arguments: StatementArguments = [start, end]
        if let pair {
            sql += " AND region_id = ? AND theme = ?"
            arguments += [pair.regionID, pair.theme]
        }
        sql += " AND \(counted) GROUP BY region_id, theme"
        for row in try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments) { add(row, to: &result) }
    }

    private static func add(_ row: Row, to result: inout [Pair: Int]) {
        let count: Int = row[2]
        guard count > 0 else { return }
        result[Pair(regionID: row[0], theme: row[1]), default: 0] += count
    }
}
