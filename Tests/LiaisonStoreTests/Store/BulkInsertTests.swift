import Foundation
import GRDB
import LiaisonCore
import XCTest
@testable import LiaisonStore

final class BulkInsertTests: XCTestCase {
    private var store: LiaisonStore!

    override func setUpWithError() throws {
        store = try StoreFixture.store()
    }

    private func batch(_ range: Range<Int>, said: String = "Bulk imported remark about renal dosing") throws -> [Insight] {
        try range.map { number in
            let at = StoreFixture.now.addingTimeInterval(-Double(number % 20) * StoreFixture.day)
            return try Insight(
                id: StoreFixture.id(number), authorID: number % 2 == 0 ? "person:mia-msl" : "person:kenji-msl",
                regionID: number % 2 == 0 ? "region:north" : "region:south", theme: number % 3 == 0 ? "competitor" : "unmet-need",
                interactionAt: at, loggedAt: at, whatWasSaid: "\(said) \(number)", status: number % 5 == 0 ? .draft : .submitted)
        }
    }

    private func schemaObjects() throws -> Set<String> {
        try store.read { db in
            Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE tbl_name = 'insights' AND type IN ('index', 'trigger')"))
        }
    }

    private func summaryMatchesRecount() throws -> Bool {
        try store.read { db in
            let summary = try Row.fetchAll(db, sql: "SELECT region_id, theme, day, n FROM insight_daily_counts ORDER BY 1, 2, 3")
            let recount = try Row.fetchAll(db, sql: """
                SELECT region_id, theme, interaction_ms / 86400000 AS day, COUNT(*) AS n FROM insights
                WHERE status NOT IN ('draft', 'archived') GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
                """)
            return summary == recount
        }
    }

    func testLargeBatchRebuildsIndexesSearchAndSummaryAtTheEnd() throws {
        let objects = try schemaObjects()
        let inserted = try store.write(actor: "person:admin") { transaction in
            try transaction.insertInsights(try batch(1000..<1200), catalog: nil, rebuildThreshold: 20)
        }
        XCTAssertEqual(inserted, 200)
        XCTAssertEqual(try schemaObjects(), objects)
        XCTAssertTrue(try summaryMatchesRecount())
        XCTAssertEqual(try store.countInsights(matching: InsightQuery(search: "renal")), 200)
        XCTAssertEqual(try store.countInsights(matching: InsightQuery(search: "biopsy")), 2)
        try store.writer.write { db in
            try db.execute(sql: "INSERT INTO insights_fts(insights_fts, rank) VALUES ('integrity-check', 1)")
        }
        let cacheSize = try store.writer.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA cache_size") }
        XCTAssertEqual(cacheSize, -2000)

        try store.write(actor: "person:admin") { transaction in try transaction.deleteInsight(StoreFixture.id(1001)) }
        XCTAssertTrue(try summaryMatchesRecount())
        XCTAssertEqual(try store.countInsights(matching: InsightQuery(search: "renal")), 199)
    }

    func testFailureAfterTheSwitchRollsBackRowsAndSchema() throws {
        let objects = try schemaObjects()
        let before = try store.exportDataset()
        var rows = try batch(2000..<2100)
        rows[80].regionID = "region:atlantis"
        XCTAssertThrowsError(try store.write(actor: "person:admin") { transaction in
            try transaction.insertInsights(rows, catalog: nil, rebuildThreshold: 10)
        }) { error in
            XCTAssertEqual((error as? BatchRowError)?.index, 80)
        }
        XCTAssertEqual(try schemaObjects(), objects)
        XCTAssertEqual(try store.exportDataset(), before)
        XCTAssertTrue(try summaryMatchesRecount())
    }

    func testUpsertingExistingRowsInBulkKeepsOneRowEach() throws {
        var existing = try XCTUnwrap(store.insight(id: StoreFixture.id(1)))
        existing.whatWasSaid = "Rewritten in bulk"
        try store.write(actor: "person:admin") { transaction in
            try transaction.insertInsights([existing] + (try batch(3000..<3030)), catalog: nil, rebuildThreshold: 5)
        }
        XCTAssertEqual(try store.countInsights(matching: InsightQuery()), 8 + 30)
        XCTAssertEqual(try store.insight(id: StoreFixture.id(1)), existing)
        XCTAssertEqual(try store.countInsights(matching: InsightQuery(search: "rewritten")), 1)
        XCTAssertTrue(try summaryMatchesRecount())
    }

    func testUpdatingAStoredRowAfterTheSwitchRecountsTheSummary() throws {
        var existing = try XCTUnwrap(store.insight(id: StoreFixture.id(1)))
        existing.regionID = "region:south"
        existing.status = .archived
        try store.write(actor: "person:admin") { transaction in
            try transaction.insertInsights((try batch(4000..<4030)) + [existing], catalog: nil, rebuildThreshold: 5)
        }
        XCTAssertEqual(try store.insight(id: StoreFixture.id(1)), existing)
        XCTAssertTrue(try summaryMatchesRecount())
    }

    func testNewRowsAfterTheSwitchAddToExistingSummaryDays() throws {
        let before = try store.read { db in
            try Int.fetchOne(db, sql: "SELECT sum(n) FROM insight_daily_counts WHERE region_id = 'region:north'") ?? 0
        }
        try store.write(actor: "person:admin") { transaction in
            try transaction.insertInsights(try batch(5000..<5040), catalog: nil, rebuildThreshold: 4)
        }
        let after = try store.read { db in
            try Int.fetchOne(db, sql: "SELECT sum(n) FROM insight_daily_counts WHERE region_id = 'region:north'") ?? 0
        }
        // Even numbers go to region:north; every fifth is a draft, which is not counted.
        XCTAssertEqual(after - before, (5000..<5040).filter { $0 % 2 == 0 && $0 % 5 != 0 }.count)
        XCTAssertTrue(try summaryMatchesRecount())
    }
}
