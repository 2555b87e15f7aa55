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

    static func themeActivity(_ db: Database, nowDay: Int64, windowDays: Int, sampleSize: Int) throws -> [ThemeActivity] {
        let window = Int64(max(windowDays, 1))
        let recentFirst = nowDay - window + 1
        let rows = try Row.fetchAll(db, sql: """
            SELECT region_id, theme, SUM(CASE WHEN day >= ? THEN n ELSE 0 END),
                SUM(CASE WHEN day < ? THEN n ELSE 0 END)
            FROM insight_daily_counts WHERE day >= ? AND day <= ?
            GROUP BY region_id, theme ORDER BY region_id, theme
            """, arguments: [recentFirst, recentFirst, recentFirst - window, nowDay])
        let samples = try db.cachedStatement(sql: """
            SELECT i.id FROM insights i
            WHERE i.region_id = ? AND i.theme = ? AND i.interaction_ms >= ? AND i.interaction_ms < ? AND \(countedStatuses)
            ORDER BY i.interaction_ms DESC, i.id DESC LIMIT ?
            """)
        return try rows.compactMap { row in
            let recent: Int = row[2]
            let previous: Int = row[3]
            guard recent + previous > 0 else { return nil }
            var ids: [UUID] = []
            if recent > 0 && sampleSize > 0 {
                ids = try String.fetchAll(samples, arguments: [
                    row[0] as String, row[1] as String, recentFirst * 86_400_000, (nowDay + 1) * 86_400_000, sampleSize,
                ]).map { try RowDecoder.uuid($0, entity: "insight") }
            }
            return ThemeActivity(regionID: row[0], theme: row[1], recentCount: recent, previousCount: previous, sampleInsightIDs: ids)
        }
    }

    static func touchpointActivity(_ db: Database, since: Date, until: Date) throws -> [TouchpointActivity] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT hcp_id, function, COUNT(*), MIN(date_ms), MAX(date_ms) FROM touchpoints
            WHERE date_ms >= ? AND date_ms < ? GROUP BY hcp_id, function ORDER BY hcp_id, function
            """, arguments: [StoreCoding.milliseconds(since), StoreCoding.milliseconds(until)])
        var result: [TouchpointActivity] = []
        for row in rows {
            let hcp: String = row[0]
            let function = try StoreCoding.enumValue(TouchpointFunction.self, row[1], entity: "touchpoint", id: hcp)
            let first = StoreCoding.date(row[3])
            let last = StoreCoding.date(row[4])
            if result.last?.hcpID != hcp {
                result.append(TouchpointActivity(hcpID: hcp, countsByFunction: [:], first: first, last: last))
            }
            let index = result.count - 1
            result[index].countsByFunction[function] = row[2]
            result[index].first = min(result[index].first, first)
            result[index].last = max(result[index].last, last)
        }
        return result
    }

    static func channelProfiles(_ db: Database) throws -> [HCPChannelProfile] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT region_id, channel_preference, f2f_access, COUNT(*) FROM hcps
            GROUP BY region_id, channel_preference, f2f_access ORDER BY region_id
            """)
        var result: [HCPChannelProfile] = []
        for row in rows {
            let region: String = row[0]
            let preference = try StoreCoding.enumValue(ChannelPreference.self, row[1], entity: "hcp", id: region)
            let access = try StoreCoding.enumValue(FaceToFaceAccess.self, row[2], entity: "hcp", id: region)
            let count: Int = row[3]
            if result.last?.regionID != region {
                result.append(HCPChannelProfile(regionID: region, total: 0, preference: [:], access: [:]))
            }
            let index = result.count - 1
            result[index].total += count
            result[index].preference[preference, default: 0] += count
            result[index].access[access, default: 0] += count
        }
        return result
    }
}
