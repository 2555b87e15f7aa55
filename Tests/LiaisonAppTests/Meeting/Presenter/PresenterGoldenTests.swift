import Foundation
import LiaisonApp
import LiaisonCore
import TerminalKit
import XCTest

/// Presenter mode drawn at 80×24 and 160×48 on a fixed clock: a clash item three minutes
/// in, a decision item, and a theme item with its sparkline a minute over its time box.
final class PresenterGoldenTests: XCTestCase {
    func testClashItem() throws {
        for (width, height) in [(80, 24), (160, 48)] {
            var driver = try PresenterFixture.presenter(width: width, height: height)
            driver.presenterClock(AppFixture.now.addingTimeInterval(3 * 60 + 7))
            XCTAssertEqual(driver.presentedItem?.kind, .clash)
            assertGolden(driver, "presenter-clash-\(width)x\(height)")
        }
    }

    func testDecisionItem() throws {
        for (width, height) in [(80, 24), (160, 48)] {
            var driver = try PresenterFixture.presenter(width: width, height: height)
            driver.pressAndSettleMeeting(.char("n"))
            XCTAssertEqual(driver.presentedItem?.kind, .decision)
            assertGolden(driver, "presenter-decision-\(width)x\(height)")
        }
    }

    func testThemeItemWithSparklineOverTime() throws {
        for (width, height) in [(80, 24), (160, 48)] {
            var driver = try PresenterFixture.presenter(width: width, height: height)
            driver.pressAndSettleMeeting(.char("n"), .char("n"))
            XCTAssertEqual(driver.presentedItem?.kind, .theme)
            driver.presenterClock(AppFixture.now.addingTimeInterval(6 * 60 + 30))
            XCTAssertTrue(driver.screenText.contains("OVER +01:30 of 05:00"))
            XCTAssertTrue(driver.screenText.contains("14 last week (was 6)"))
            if height < 48 {
                XCTAssertTrue(driver.screenText.contains(AgendaText.sparkline(PresenterFixture.themeSeries)), "one-row sparkline")
            }
            assertGolden(driver, "presenter-theme-over-\(width)x\(height)")
        }
    }

    private func assertGolden(_ driver: AppDriver, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        if let report = GoldenFile.mismatch(driver.render(), named: name, file: file) {
            XCTFail(report, file: file, line: line)
        }
    }
}
