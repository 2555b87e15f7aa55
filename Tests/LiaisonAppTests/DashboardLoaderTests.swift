import LiaisonApp
import LiaisonCore
import XCTest

/// The dashboard's numbers come from the store's aggregates and match the fixture.
final class DashboardLoaderTests: XCTestCase {
    func testTilesCountRecentInsightsAndDecisions() throws {
        let store = try AppFixture.store()
        let data = try DashboardLoader.load(store: store, person: nil, now: AppFixture.now, taxonomy: try AppFixture.taxonomy())
        XCTAssertEqual(data.tiles.map(\.region.name), ["East", "North", "South", "West"])
        let dataset = try AppFixture.dataset()
        let since = AppFixture.now.addingTimeInterval(-29 * 86_400)
        for tile in data.tiles {
            let expected = dataset.insights.filter {
                $0.regionID == tile.region.id && $0.status != .draft && $0.status != .archived
                    && Calendar.utc.startOfDay(for: $0.interactionAt) >= Calendar.utc.startOfDay(for: since)
            }.count
            XCTAssertEqual(tile.insightsLast30Days, expected, tile.region.name)
            XCTAssertEqual(tile.weeklyInsights.count, 12)
        }
        let north = try XCTUnwrap(data.tiles.first { $0.region.id == "region:north" })
        XCTAssertEqual(north.rmdName, "Clara Berg")
        XCTAssertEqual(north.planStatus, .approved)
        XCTAssertEqual(north.openDecisions, 1)
        XCTAssertNil(data.tiles.first { $0.region.id == "region:west" }?.planPeriod)
        XCTAssertEqual(data.nationalOpenDecisions, 1)
        XCTAssertNil(data.me)
    }

    func testMePanelClosesTheLoop() throws {
        let store = try AppFixture.store()
        let anna = try XCTUnwrap(try store.person(id: AppFixture.mslID))
        let data = try DashboardLoader.load(store: store, person: anna, now: AppFixture.now, taxonomy: try AppFixture.taxonomy())
        let me = try XCTUnwrap(data.me)
        let outcomes = Dictionary(uniqueKeysWithValues: me.recent.map { ($0.insight.whatWasSaid, $0.outcome) })
        XCTAssertEqual(outcomes["Screening gaps in rural clinics"], "actioned → Earlier diagnosis")
        XCTAssertEqual(outcomes["Formulary listing stalled"], "closed → decision: Local formats for the north")
        XCTAssertEqual(outcomes["Referral delays of months"], "waiting for review")
        XCTAssertEqual(outcomes["Duplicate of an earlier note"], "archived")
        XCTAssertEqual(me.drafts.map(\.whatWasSaid), ["Wants to join the registry study", "Switches patients after 6 weeks"])
    }
}

extension Calendar {
    /// Gregorian in UTC, as the store counts days.
    static var utc: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }
}
