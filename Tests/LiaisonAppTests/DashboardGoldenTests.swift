import LiaisonApp
import TerminalKit
import XCTest

/// Golden-text snapshots of the dashboard at the two reference sizes.
final class DashboardGoldenTests: XCTestCase {
    private func dashboard(width: Int, height: Int) throws -> AppDriver {
        var driver = AppDriver(env: try AppFixture.environment(store: try AppFixture.store()), width: width, height: height)
        try driver.loadDashboard()
        return driver
    }

    func testDashboard80x24() throws {
        let driver = try dashboard(width: 80, height: 24)
        XCTAssertNil(GoldenFile.mismatch(driver.render(), named: "dashboard-80x24"))
    }

    func testDashboard160x48() throws {
        let driver = try dashboard(width: 160, height: 48)
        XCTAssertNil(GoldenFile.mismatch(driver.render(), named: "dashboard-160x48"))
    }

    func testEmptyDatabaseSaysWhatToDo() throws {
        var driver = AppDriver(env: try AppFixture.environment(store: try AppFixture.store(empty: true), personID: nil))
        try driver.loadDashboard()
        XCTAssertNil(GoldenFile.mismatch(driver.render(), named: "dashboard-empty-80x24"))
        XCTAssertTrue(driver.screenText.contains("No regions yet — run `liaison init --demo`"))
    }
}
