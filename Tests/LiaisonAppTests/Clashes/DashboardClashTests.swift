import LiaisonApp
import LiaisonCore
import XCTest

/// The dashboard tiles count each region's active clashes by level from the ClashService.
final class DashboardClashTests: XCTestCase {
    func testTilesShowOpenClashesByLevel() throws {
        var driver = try ClashFixture.driver(width: 160, height: 48)
        try driver.loadDashboard()
        let service = try XCTUnwrap(driver.env.clashes)
        let tiles = try XCTUnwrap(driver.state.dashboard.data?.tiles)
        for tile in tiles {
            let levels = service.current().filter { $0.disposition.isActive && $0.clash?.regionID == tile.region.id }.compactMap { $0.clash?.level }
            let expected = ClashLevel.allCases.reversed().compactMap { level -> String? in
                let count = levels.filter { $0 == level }.count
                return count > 0 ? "\(count) \(level.rawValue)" : nil
            }.joined(separator: " · ")
            XCTAssertEqual(tile.openClashes, expected.isEmpty ? "none open" : expected, tile.region.name)
        }
        let north = try XCTUnwrap(tiles.first { $0.region.id == "region:north" }?.openClashes)
        XCTAssertTrue(north.contains("critical"))
        XCTAssertTrue(driver.screenText.contains(String(north.prefix(20))))
    }

    func testDismissingAClashLowersTheCount() throws {
        var driver = try ClashFixture.driver()
        let service = try XCTUnwrap(driver.env.clashes)
        let clash = try XCTUnwrap(service.clashes().first { $0.regionID == "region:north" && $0.level == .critical })
        try driver.loadDashboard()
        let before = try XCTUnwrap(driver.state.dashboard.data?.tiles.first { $0.region.id == "region:north" }?.openClashes)
        try service.triage(ClashTriage(clashID: clash.id, state: .dismissed, reason: "known", by: ClashFixture.northRMD, at: AppFixture.now),
                           by: ClashFixture.northRMD)
        try driver.loadDashboard()
        let after = try XCTUnwrap(driver.state.dashboard.data?.tiles.first { $0.region.id == "region:north" }?.openClashes)
        XCTAssertNotEqual(before, after)
    }
}
