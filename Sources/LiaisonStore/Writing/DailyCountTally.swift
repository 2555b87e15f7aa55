import GRDB
import LiaisonCore

/// The daily-summary rows (`insight_daily_counts`) of insights newly inserted during a bulk
/// import, counted in memory while the summary triggers are suspended and added in one pass
/// at the end — instead of re-grouping the whole insights table. Counts only what the
/// triggers count: every status except draft and archived.
struct DailyCountTally {
    private struct Key: Hashable {
        var region: String
        var theme: String
        var day: Int64
    }

    private static let millisecondsPerDay: Int64 = 86_400_000
    private var counts: [Key: Int] = [:]

    /// Counts `insight` (a row just inserted, not an update of an existing one).
    mutating func add(_ insight: Insight) {
        guard insight.status != .draft && insight.status != .archived else { return }
        // Integer division truncating toward zero, as SQLite's `interaction_ms / 86400000`.
        let day = StoreCoding.milliseconds(insight.interactionAt) / Self.millisecondsPerDay
        counts[Key(region: insight.regionID, theme: insight.theme, day: day), default: 0] += 1
    }

    /// Adds the tallied counts to the stored summary.
    func write(to db: Database) throws {
        let statement = try db.makeStatement(sql: """
            INSERT INTO insight_daily_counts (region_id, theme, day, n) VALUES (?, ?, ?, ?)
            ON CONFLICT (region_id, day, theme) DO UPDATE SET n = n + excluded.n
            """)
        for (key, count) in counts {
            statement.setUncheckedArguments([key.region, key.theme, key.day, count])
            try statement.execute()
        }
    }
}
