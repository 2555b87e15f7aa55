import Foundation
import GRDB
import GRDBSQLite
import LiaisonCore
import XCTest
@testable import LiaisonStore

final class StoreOpeningTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("store-open-\(UUID().uuidString)")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func openFileStore() throws -> LiaisonStore {
        let path = folder.appendingPathComponent("nested/deeper/liaison.sqlite").path
        return try LiaisonStore(path: path, taxonomy: StoreFixture.taxonomy())
    }

    func testReleasingMemoryEmptiesTheCachesAndKeepsTheStoreWorking() throws {
        let store = try openFileStore()
        try store.write(actor: "person:test") { transaction in
            try transaction.db.execute(sql: "CREATE TABLE filler (x BLOB)")
            for _ in 0..<200 { try transaction.db.execute(sql: "INSERT INTO filler VALUES (zeroblob(4000))") }
        }
        let bytesBefore = try store.read { db -> Int in
            _ = try Int.fetchOne(db, sql: "SELECT SUM(length(x)) FROM filler")
            return Self.cacheBytes(db)
        }
        XCTAssertGreaterThan(bytesBefore, 400_000, "the read should have filled the reader's page cache")
        store.releaseMemory()
        let bytesAfter = try store.read { db in Self.cacheBytes(db) }
        XCTAssertLessThan(bytesAfter, bytesBefore / 4)
        XCTAssertEqual(try store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM filler") }, 200)
    }

    func testMigrationFromEmptyCreatesEveryTableAndTheSearchIndex() throws {
        let store = try StoreFixture.emptyStore()
        let tables = try store.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        }
        for table in [
            "regions", "people", "products", "institutions", "hcps", "plans", "plan_objectives", "plan_tactics",
            "plan_study_sites", "plan_channel_shares", "plan_listening_priorities", "insights", "insight_endorsements",
            "insights_fts", "insight_daily_counts", "touchpoints", "decisions", "decision_stances", "meetings",
            "meeting_agenda_items", "meeting_action_items", "audit_log", "clash_triage", "grdb_migrations",
        ] {
            XCTAssertTrue(tables.contains(table), "missing table \(table)")
        }
        let ftsSQL = try store.read { db in
            try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'insights_fts'")
        }
        XCTAssertTrue(ftsSQL?.lowercased().contains("using fts5") ?? false)
        let migrations = try store.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        XCTAssertEqual(migrations, StoreMigrations.identifiers)
        XCTAssertEqual(migrations.first, "v1-schema")
        XCTAssertTrue(try store.isEmpty())
    }

    func testListingQueriesUseIndexes() throws {
        let store = try StoreFixture.store()
        let plans = try store.read { db in
            func plan(_ sql: String) throws -> [String] {
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String }
            }
            return [
                try plan("SELECT id FROM insights WHERE region_id = 'r' ORDER BY interaction_ms DESC, id DESC LIMIT 5"),
                try plan("SELECT id FROM insights WHERE author_id = 'p' ORDER BY interaction_ms DESC, id DESC LIMIT 5"),
                try plan("SELECT id FROM insights WHERE hcp_id = 'h' ORDER BY interaction_ms DESC, id DESC LIMIT 5"),
                try plan("SELECT id FROM insights ORDER BY interaction_ms DESC, id DESC LIMIT 5"),
            ].map { $0.joined(separator: " ") }
        }
        for plan in plans {
            XCTAssertTrue(plan.contains("USING INDEX") || plan.contains("USING COVERING INDEX"), plan)
            XCTAssertFalse(plan.contains("TEMP B-TREE"), plan)
        }
    }

    func testFileStoreUsesWALForeignKeysAndBusyTimeout() throws {
        let store = try openFileStore()
        let (mode, keys, timeout) = try store.writer.writeWithoutTransaction { db in
            (
                try String.fetchOne(db, sql: "PRAGMA journal_mode"),
                try Int.fetchOne(db, sql: "PRAGMA foreign_keys"),
                try Int.fetchOne(db, sql: "PRAGMA busy_timeout")
            )
        }
        XCTAssertEqual(mode, "wal")
        XCTAssertEqual(keys, 1)
        XCTAssertEqual(timeout, 5000)
    }

    func testFileIsCreatedWithMode0600InNewFolders() throws {
        let store = try openFileStore()
        let path = try XCTUnwrap(store.path)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        let permissions = try XCTUnwrap(attributes[.posixPermissions] as? NSNumber).intValue
        XCTAssertEqual(permissions & 0o777, 0o600)
    }

    func testReopeningKeepsDataAndDoesNotMigrateTwice() throws {
        let path = folder.appendingPathComponent("nested/deeper/liaison.sqlite").path
        do {
            let store = try LiaisonStore(path: path, taxonomy: StoreFixture.taxonomy())
            try store.importDataset(StoreFixture.reference(), actor: "person:anna-rmd")
        }
        let reopened = try LiaisonStore(path: path, taxonomy: StoreFixture.taxonomy())
        XCTAssertEqual(try reopened.regions().map(\.id), ["region:north", "region:south"])
        XCTAssertFalse(try reopened.isEmpty())
    }

    func testForeignKeysRejectRowsPointingNowhere() throws {
        let store = try StoreFixture.store()
        XCTAssertThrowsError(try store.writer.write { db in
            try db.execute(sql: "INSERT INTO touchpoints VALUES ('x', 'hcp:missing', 0, 'msl', 'remote', 't')")
        })
    }

    /// Bytes of the page cache of `db`'s connection.
    private static func cacheBytes(_ db: Database) -> Int {
        var current: Int32 = 0
        var highest: Int32 = 0
        sqlite3_db_status(db.sqliteConnection, SQLITE_DBSTATUS_CACHE_USED, &current, &highest, 0)
        return Int(current)
    }
}
