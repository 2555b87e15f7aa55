import GRDB
import LiaisonCore

/// Keeps large insight imports fast. A bulk insert starts with the indexes, search index and
/// summary maintained row by row; once the batch is big compared with the table (at least
/// `threshold` rows and a quarter of what was there), it drops the secondary indexes and the
/// triggers for the rest of the batch and rebuilds them once at the end — sorting once
/// instead of updating seven B-trees per row. The daily summary of the rows inserted
/// meanwhile is tallied in memory and added at the end (regrouped from the table only when
/// the batch also updated existing rows). All inside the caller's transaction, so a failure
/// rolls the schema back with the rows.
final class BulkInsightMaintenance {
    /// Rows after which a bulk insert may switch to rebuilding at the end.
    static let defaultThreshold = 1_000
    /// Page cache for the writer during a bulk insert, in KiB.
    private static let bulkCacheKiB = 131_072

    private let db: Database
    /// The row count at which to switch; nil when the batch never should.
    let switchPoint: Int?
    private(set) var suspended = false
    private var tally = DailyCountTally()
    /// Whether a row written while suspended updated an existing insight (its old summary
    /// count cannot be tallied).
    private var updatedWhileSuspended = false
    private let previousCacheSize: Int?
    private let previousTempStore: Int?

    init(db: Database, threshold: Int = BulkInsightMaintenance.defaultThreshold) throws {
        self.db = db
        let existing = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM insights") ?? 0
        switchPoint = max(threshold, existing / 4)
        previousCacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size")
        previousTempStore = try Int.fetchOne(db, sql: "PRAGMA temp_store")
        try db.execute(sql: "PRAGMA cache_size = -\(BulkInsightMaintenance.bulkCacheKiB)")
        // Index rebuilds sort in memory instead of through temporary files.
        try db.execute(sql: "PRAGMA temp_store = MEMORY")
    }

    /// Called after each row (`isNew`: it was inserted, not an update of a stored insight);
    /// switches to deferred maintenance at the switch point.
    func written(_ insight: Insight, isNew: Bool, count: Int) throws {
        if suspended {
            if isNew { tally.add(insight) } else { updatedWhileSuspended = true }
            return
        }
        guard !suspended, let switchPoint, count >= switchPoint else { return }
        for index in SchemaV4AuthorStatusIndex.insightIndexes { try db.execute(sql: "DROP INDEX \(index.name)") }
        for trigger in SchemaV1.insightTriggerNames { try db.execute(sql: "DROP TRIGGER \(trigger)") }
        suspended = true
    }

    /// Rebuilds what was suspended and restores the page cache size.
    func finish() throws {
        if suspended {
            for index in SchemaV4AuthorStatusIndex.insightIndexes { try db.execute(sql: index.sql) }
            try db.execute(sql: SchemaV1.insightTriggers)
            try db.execute(sql: "INSERT INTO insights_fts(insights_fts) VALUES ('rebuild')")
            if updatedWhileSuspended {
                try db.execute(sql: SchemaV1.rebuildDailyCounts)
            } else {
                try tally.write(to: db)
            }
            suspended = false
        }
        try restoreCache()
    }

    /// Puts the page cache size and temporary storage back as they were before the bulk insert.
    func restoreCache() throws {
        if let previousCacheSize { try db.execute(sql: "PRAGMA cache_size = \(previousCacheSize)") }
        if let previousTempStore { try db.execute(sql: "PRAGMA temp_store = \(previousTempStore)") }
    }
}
