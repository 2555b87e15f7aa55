import LiaisonApp
import TerminalKit
import XCTest

/// Golden-text snapshots of the frame: tabs, status bar, help overlay and command palette.
final class ChromeGoldenTests: XCTestCase {
    private func driver(width: Int, height: Int) throws -> AppDriver {
        var driver = AppDriver(env: try AppFixture.environment(store: try AppFixture.store()), width: width, height: height)
        try driver.loadDashboard()
        return driver
    }

    func testHelpOverlay() throws {
        for (width, height) in [(80, 24), (160, 48)] {
            var driver = try driver(width: width, height: height)
            driver.type("?")
            XCTAssertNil(GoldenFile.mismatch(driver.render(), named: "help-\(width)x\(height)"))
        }
    }

    func testCommandPalette() throws {
        for (width, height) in [(80, 24), (160, 48)] {
            var driver = try driver(width: width, height: height)
            driver.type(":the")
            XCTAssertNil(GoldenFile.mismatch(driver.render(), named: "palette-\(width)x\(height)"))
        }
    }

    func testTabsAndStatusBarShowScreenKeys() throws {
        let driver = try driver(width: 80, height: 24)
        let lines = driver.render()
        XCTAssertTrue(lines[0].hasPrefix(" 1 Dash │ 2 Plan │ 3 Insi │ 4 Peop │ 5 Clas │ 6 Deci │ 7 Meet "), "seven tabs need short titles at 80 columns: " + lines[0])
        XCTAssertTrue(lines[0].contains("Anna Keller"), "the person label is cut, not dropped, when there is some room: " + lines[0])
        let wide = try self.driver(width: 120, height: 24).render()
        XCTAssertTrue(wide[0].contains("Anna Keller · MSL · north"), wide[0])
        XCTAssertTrue(lines[23].contains("Enter plan"), lines[23])
        XCTAssertTrue(lines[23].contains("? help"), lines[23])
    }
}
