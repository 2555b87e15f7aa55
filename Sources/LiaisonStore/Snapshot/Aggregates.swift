import Foundation
import GRDB
import LiaisonCore

/// Aggregate queries over the daily summary table and small indexed groupings. Days are UTC
/// epoch days; weeks start on Monday (epoch day 4 was a Monday).
enum Aggregates {
    static let countedStatuses = "i.status NOT IN ('draft', 'archived')"

    /// The Monday starting the week that holds `day`.
    static func weekStart(of day: Int64) -> Int64 {
        day - (((day - 4) % 7) + 7) % 7
    }

    static func countsByRegion(_ db: Database, firstDay: Int64, lastDay: Int64) throws -> [RegionID: Int] {
        var result: [RegionID: Int] = [:]
        for region in try String.fetchAll(db, sql: "SELECT id FROM regions") { result[region] = 0 }
        let rows = try Row.fetchAll(db, sql: """
            SELECT region_id, SUM(n) FROM insight_daily_counts WHERE day >= ? AND day <= ? GROUP BY region_id
            """, arguments: [firstDay, lastDay])
        for row in rows { result[row[0] as String] = row[1] }
        return result
    }

    static func weekly(_ db: Database, weeks: Int, nowDay: Int64) throws -> [RegionID: [Int]] {
        let weeks = max(weeks, 1)
        let firstDay = weekStart(of: nowDay) - Int64(7 * (weeks - 1))
        let endDay = weekStart(of: nowDay) + 7
        var result: [RegionID: [Int]] = [:]
        for region in try String.fetchAll(db, sql: "SELECT id FROM regions") {
            result[region] = Array(repeating: 0, count: weeks)
        }
        let rows = try Row.fetchAll(db, sql: """
            SELECT region_id, (day - ?) / 7, SUM(n) FROM insight_daily_counts
            WHERE day >= ? AND day < ? GROUP BY 1, 2
            """, arguments: [firstDay, firstDay, endDay])
        for row in rows {
            let region: String = row[0]
            let week: Int = row[1]
            if result[region] == nil { result[region] = Array(repeating: 0, count: weeks) }
            result[region]?[week] = row[2]
        }
        return result
    }

    static func topThemes(_ db: Database, regionID: RegionID?, firstDay: Int64, lastDay: Int64, limit: Int) throws -> [ThemeCount] {
        var sql = "SELECT theme, SUM(n) AS total FROM insight_daily_counts WHERE day >= ? AND day <= ?"
        var arguments: [(any DatabaseValueConvertible)?] = [firstDay, lastDay]
        if let regionID {
            sql += " AND region_id = ?"
            arguments.append(regionID)
        }
        sql += " GROUP BY theme ORDER BY total DESC, theme ASC LIMIT ?"
        arguments.append(max(limit, 0))
        return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map {
            ThemeCount(theme: $0[0], count: $0[1])
        }
    }
}
