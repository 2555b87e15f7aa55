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

    /// Counted insights per (region, theme) in the last `windowDays` days (today included)
    /// and in the window before, with up to `sampleSize` of the newest recent insight ids.
    /// Lists every pair with any activity in either window, by region then theme.
    public func themeActivity(now: Date, windowDays: Int, sampleSize: Int = 5) throws -> [ThemeActivity] {
        try read { db in
            try Aggregates.themeActivity(db, nowDay: StoreCoding.day(now), windowDays: windowDays, sampleSize: sampleSize)
        }
    }

    /// Touchpoints per HCP and function with a date in [since, until), by HCP id.
    public func touchpointActivity(since: Date, until: Date) throws -> [TouchpointActivity] {
        try read { db in try Aggregates.touchpointActivity(db, since: since, until: until) }
    }

    /// Channel preference and face-to-face access of the HCPs in each region, by region id.
    public func hcpChannelProfiles() throws -> [HCPChannelProfile] {
        try read { db in try Aggregates.channelProfiles(db) }
    }

    /// Everything the clash engine reads, in one consistent read transaction.
    public func snapshot(
        now: Date, windowDays: Int = 30, touchpointWindowDays: Int = 30, sampleSize: Int = 5
    ) throws -> StoreSnapshot {
        try read { db in
            StoreSnapshot(
                now: now, windowDays: windowDays,
                regions: try Row.fetchAll(db, sql: "SELECT \(RowDecoder.regionColumns) FROM regions ORDER BY id")
                    .map(RowDecoder.region),
                people: try Row.fetchAll(db, sql: "SELECT \(RowDecoder.personColumns) FROM people ORDER BY id")
                    .map(RowDecoder.person),
                products: try Row.fetchAll(db, sql: "SELECT \(RowDecoder.productColumns) FROM products ORDER BY id")
                    .map(RowDecoder.product),
                institutions: try Row.fetchAll(db, sql: "SELECT \(RowDecoder.institutionColumns) FROM institutions ORDER BY id")
                    .map(RowDecoder.institution),
                plans: try Row.fetchAll(db, sql: "SELECT \(RowDecoder.planColumns) FROM plans ORDER BY id")
                    .map { try RowDecoder.plan(db, $0) },
                decisions: try Row.fetchAll(
                    db, sql: "SELECT \(RowDecoder.decisionColumns) FROM decisions d ORDER BY d.created_ms, d.id"
                ).map(RowDecoder.decision),
                themeActivity: try Aggregates.themeActivity(
                    db, nowDay: StoreCoding.day(now), windowDays: windowDays, sampleSize: sampleSize),
                touchpointActivity: try Aggregates.touchpointActivity(
                    db, since: now.addingTimeInterval(-Double(touchpointWindowDays) * 86_400), until: now),
                hcpChannelProfiles: try Aggregates.channelProfiles(db))
        }
    }
}
