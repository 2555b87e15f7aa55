import Foundation
import GRDB
import XCTest
@testable import LiaisonStore

/// Upgrading a database written before `v3-search-import`.
final class SchemaUpgradeTests: XCTestCase {
    func testUpgradeRebuildsTheSearchIndexWithoutTheTwoCharacterPrefixIndex() throws {
        let queue = try DatabaseQueue()
        try StoreMigrations.migrator.migrate(queue, upTo: SchemaMeetingMode.migrationName)
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO people (id, name, role) VALUES ('person:rmd', 'R', 'rmd');
                INSERT INTO regions (id, name, territory, rmd_id) VALUES ('region:north', 'North', 'N', 'person:rmd');
                INSERT INTO insights (id, author_id, region_id, theme, interaction_ms, logged_ms, what_was_said,
                    why_it_matters, sentiment, channel, tags, status)
                VALUES ('00000000-0000-0000-0000-000000000001', 'person:rmd', 'region:north', 'unmet-need', 0, 0,
                    'Referral letters get lost', 'Delays', 0, 'email', '[]', 'submitted');
                """)
        }
        try StoreMigrations.migrator.migrate(queue)
        try queue.read { db in
            let fts = try XCTUnwrap(String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'insights_fts'"))
            XCTAssertTrue(fts.contains("prefix='3'"), fts)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM insights_fts WHERE insights_fts MATCH 'letters'"), 1)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM insights_fts WHERE insights_fts MATCH 'ref*'"), 1)
            XCTAssertEqual(try String.fetchAll(db, sql: "SELECT term FROM insights_fts_vocab WHERE term >= 'ref' AND term < 'reg'"),
                           ["referral"])
            let indexes = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'insights'")
            XCTAssertFalse(indexes.contains("insights_by_institution"))
            XCTAssertEqual(Set(indexes).intersection(SchemaV1.insightIndexes.map(\.name)),
                           Set(SchemaV3SearchImport.insightIndexes.map(\.name)))
        }
        try queue.write { db in
            try db.execute(sql: "INSERT INTO insights_fts(insights_fts, rank) VALUES ('integrity-check', 1)")
        }
    }
}
