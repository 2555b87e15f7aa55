import Foundation
import GRDB
import LiaisonCore
import XCTest
@testable import LiaisonStore

final class SummaryTableTests: XCTestCase {
    private var store: LiaisonStore!
    private let now = StoreFixture.now

    override func setUpWithError() throws {
        store = try StoreFixture.store()
    }

    private struct Bucket: Hashable {
        var region: String
        var theme: String
        var day: Int64
        var count: Int
    }

    private func summary() throws -> Set<Bucket> {
        try store.read { db in
            Set(try Row.fetchAll(db, sql: "SELECT region_id, theme, day, n FROM insight_daily_counts").map {
                Bucket(region: $0[0], theme: $0[1], day: $0[2], count: $0[3])
            })
        }
    }

    private func recomputed() throws -> Set<Bucket> {
        try store.read { db in
            Set(try Row.fetchAll(db, sql: """
                SELECT region_id, theme, interaction_ms / 86400000, COUNT(*) FROM insights
                WHERE status NOT IN ('draft', 'archived') GROUP BY 1, 2, 3
                """).map { Bucket(region: $0[0], theme: $0[1], day: $0[2], count: $0[3]) })
        }
    }

    func testSummaryStaysEqualToARecountThroughInsertUpdateAndDelete() throws {
        XCTAssertEqual(try summary(), try recomputed())
        XCTAssertEqual(try summary().map(\.count).reduce(0, +), 6)

        func edit(_ number: Int, _ change: (inout Insight) -> Void) throws {
            var insight = try XCTUnwrap(store.insight(id: StoreFixture.id(number)))
            change(&insight)
            try store.write(actor: "person:admin") { transaction in try transaction.upsert(insight) }
            XCTAssertEqual(try summary(), try recomputed(), "after editing insight \(number)")
        }
        try edit(1) { $0.theme = "competitor" }
        try edit(2) {
            $0.interactionAt = $0.interactionAt.addingTimeInterval(-9 * StoreFixture.day)
            $0.loggedAt = $0.interactionAt
        }
        try edit(5) { $0.regionID = "region:north" }
        try edit(7) { $0.status = .submitted }
        try edit(3) { $0.status = .draft }
        try store.archiveInsight(StoreFixture.id(4), by: "person:anna-rmd")
        XCTAssertEqual(try summary(), try recomputed())
        try store.write(actor: "person:admin") { transaction in
            try transaction.deleteInsight(StoreFixture.id(6))
            try transaction.deleteInsight(StoreFixture.id(8))
        }
        XCTAssertEqual(try summary(), try recomputed())
        try store.logInsight(try Insight(
            authorID: "person:kenji-msl", regionID: "region:south", theme: "study-interest", interactionAt: now,
            loggedAt: now, whatWasSaid: "Wants to join the registry"), by: "person:kenji-msl")
        XCTAssertEqual(try summary(), try recomputed())
        XCTAssertFalse(try summary().contains { $0.count <= 0 })
    }

    func testCountsPerRegionOverTheLastDays() throws {
        XCTAssertEqual(try store.insightCountsByRegion(lastDays: 30, now: now), ["region:north": 4, "region:south": 1])
        XCTAssertEqual(try store.insightCountsByRegion(lastDays: 1, now: now), ["region:north": 0, "region:south": 0])
        XCTAssertEqual(try store.insightCountsByRegion(lastDays: 2, now: now), ["region:north": 1, "region:south": 0])
    }

    func testWeeklySparklineEndsWithTheCurrentISOWeek() throws {
        let weekly = try store.weeklyInsightCounts(weeks: 12, now: now)
        XCTAssertEqual(weekly["region:north"], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4])
        XCTAssertEqual(weekly["region:south"], [0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0])
        XCTAssertEqual(Aggregates.weekStart(of: 20833), 20829)  // Friday 2027-01-15 → Monday 2027-01-11
        XCTAssertEqual(Aggregates.weekStart(of: 20829), 20829)
    }

    func testTopThemes() throws {
        XCTAssertEqual(try store.topThemes(regionID: "region:north", lastDays: 30, now: now), [
            ThemeCount(theme: "diagnostic-pathway", count: 2), ThemeCount(theme: "education-need", count: 1),
            ThemeCount(theme: "unmet-need", count: 1),
        ])
        XCTAssertEqual(try store.topThemes(lastDays: 60, now: now, limit: 1), [ThemeCount(theme: "diagnostic-pathway", count: 2)])
    }

    func testOpenDecisionCounts() throws {
        XCTAssertEqual(try store.openDecisionCounts(), [.national: 1, .region("region:south"): 1])
    }
}
