import Foundation
import GRDB
import LiaisonCore

extension LiaisonStore {
    /// Counted insights (not draft, not archived) per region over the last `lastDays` UTC
    /// days, today included; every region is listed, with 0 when quiet.
    public func insightCountsByRegion(lastDays: Int, now: Date) throws -> [RegionID: Int] {
        let today = StoreCoding.day(now)
        return try read { db in
            try Aggregates.countsByRegion(db, firstDay: today - Int64(max(lastDays, 1)) + 1, lastDay: today)
        }
    }

    /// Counted insights per region per ISO week (Monday start, UTC), oldest first; the last
    /// element is the week holding `now`. Every region is listed.
    public func weeklyInsightCounts(weeks: Int = 12, now: Date) throws -> [RegionID: [Int]] {
        try read { db in try Aggregates.weekly(db, weeks: weeks, nowDay: StoreCoding.day(now)) }
    }

    /// The most frequent themes over the last `lastDays` days (today included), in one
    /// region or all; count descending, then theme code.
    public func topThemes(regionID: RegionID? = nil, lastDays: Int, now: Date, limit: Int = 5) throws -> [ThemeCount] {
        let today = StoreCoding.day(now)
        return try read { db in
            try Aggregates.topThemes(
                db, regionID: regionID, firstDay: today - Int64(max(lastDays, 1)) + 1, lastDay: today, limit: limit)
        }
    }

    /// Decisions still open or up for revisit, per scope.
    public func openDecisionCounts() throws -> [PlanScope: Int] {
        try read { db in
            var result: [PlanScope: Int] = [:]
            let rows = try Row.fetchAll(db, sql: """
                SELECT scope, COUNT(*) FROM decisions WHERE status IN ('open', 'revisit') GROUP BY scope
                """)
            for row in rows { result[PlanScope(row[0] as String)] = row[1] }
            return result
        }
    }
}
