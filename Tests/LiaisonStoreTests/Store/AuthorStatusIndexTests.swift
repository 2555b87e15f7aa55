import Foundation
import GRDB
import LiaisonCore
import XCTest
@testable import LiaisonStore

/// `v4-author-status-index`: upgrading a database adds the index, and a person's drafts are
/// read through it, newest first without a sort.
final class AuthorStatusIndexTests: XCTestCase {
    func testUpgradeAddsTheIndexAndDraftsOfAnAuthorAreReadThroughItNewestFirst() throws {
        let queue = try DatabaseQueue()
        try StoreMigrations.migrator.migrate(queue, upTo: SchemaV3SearchImport.migrationName)
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO people (id, name, role) VALUES ('person:msl', 'M', 'msl'), ('person:other', 'O', 'msl');
                INSERT INTO regions (id, name, territory, rmd_id) VALUES ('region:north', 'North', 'N', 'person:msl');
                """)
            let rows: [(String, String, Int, String)] = [
                ("00000000-0000-0000-0000-000000000001", "person:msl", 1_000, "draft"),
                ("00000000-0000-0000-0000-000000000002", "person:msl", 3_000, "draft"),
                ("00000000-0000-0000-0000-000000000003", "person:msl", 2_000, "submitted"),
                ("00000000-0000-0000-0000-000000000004", "person:other", 4_000, "draft"),
            ]
            for (id, author, time, status) in rows {
                try db.execute(sql: """
                    INSERT INTO insights (id, author_id, region_id, theme, interaction_ms, logged_ms, what_was_said,
                        why_it_matters, sentiment, channel, tags, status)
                    VALUES (?, ?, 'region:north', 'unmet-need', ?, 0, 'Said', 'Matters', 0, 'email', '[]', ?)
                    """, arguments: [id, author, time, status])
            }
        }
        try StoreMigrations.migrator.migrate(queue)

        let plan = try queue.read { db in
            try Self.queryPlan(InsightListing.keyset(InsightQuery(authorID: "person:msl", statuses: [.draft])), db)
        }
        XCTAssertTrue(plan.contains { $0.contains("USING INDEX insights_by_author_status (author_id=? AND status=?)") }, "\(plan)")
        XCTAssertFalse(plan.contains { $0.contains("TEMP B-TREE") }, "read in order, no sort: \(plan)")
        let recentPlan = try queue.read { db in
            try Self.queryPlan(
                InsightListing.keyset(InsightQuery(authorID: "person:msl", statuses: Set(InsightStatus.allCases).subtracting([.draft]))), db)
        }
        XCTAssertFalse(recentPlan.contains { $0.contains("TEMP B-TREE") }, "recent insights still read in order: \(recentPlan)")

        let drafts = try queue.read { db in
            try InsightListing.keyset(InsightQuery(authorID: "person:msl", statuses: [.draft]))
                .page(db, after: nil, limit: 10) { row in row["id"] as String }
        }
        XCTAssertEqual(drafts.items, ["00000000-0000-0000-0000-000000000002", "00000000-0000-0000-0000-000000000001"])
    }

    func testBulkImportsRebuildTheNewIndexWithTheOthers() {
        XCTAssertTrue(SchemaV4AuthorStatusIndex.insightIndexes.contains { $0.name == "insights_by_author_status" })
        XCTAssertEqual(Set(SchemaV4AuthorStatusIndex.insightIndexes.map(\.name)).subtracting(["insights_by_author_status"]),
                       Set(SchemaV3SearchImport.insightIndexes.map(\.name)))
    }

    /// The plan of the first page of `query`, as the listing runs it.
    private static func queryPlan(_ query: KeysetQuery, _ db: Database) throws -> [String] {
        let order = query.keyColumns.map { $0 + (query.descending ? " DESC" : " ASC") }.joined(separator: ", ")
        let sql = "EXPLAIN QUERY PLAN SELECT \(query.columns) FROM \(query.from) WHERE "
            + query.conditions.joined(separator: " AND ") + " ORDER BY \(order) LIMIT 11"
        return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(query.arguments)).map { $0["detail"] as String }
    }
}
