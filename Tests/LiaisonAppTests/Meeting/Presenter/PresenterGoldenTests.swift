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
            driver.pressPresenter(.char("n"))
            XCTAssertEqual(driver.presentedItem?.kind, .decision)
            assertGolden(driver, "presenter-decision-\(width)x\(height)")
        }
    }

    func testThemeItemWithSparklineOverTime() throws {
        for (width, height) in [(80, 24), (160, 48)] {
            var driver = try PresenterFixture.presenter(width: width, height: height)
            driver.pressPresenter(.char("n"), .char("n"))
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

    func testWithoutColoursTheTitleIsBoldAndOverTimeIsBoldReversed() throws {
        var driver = try PresenterFixture.presenter(theme: .monochrome)
        let area = Rect(x: 0, y: 0, width: 80, height: 24)
        var buffer = driver.program.view(driver.state, area: area)
        let header = 1
        XCTAssertTrue(buffer[2, header].style.reverse, "the header bar reads without colours")
        XCTAssertFalse(buffer[2, header].style.bold)
        let titleRow = try XCTUnwrap((3..<8).first { row in (0..<80).contains { buffer[$0, row].grapheme == "▀" } })
        let titleCell = try XCTUnwrap((0..<80).first { buffer[$0, titleRow].grapheme == "▀" })
        XCTAssertTrue(buffer[titleCell, titleRow].style.bold, "block letters in the strongest style")

        driver.presenterClock(AppFixture.now.addingTimeInterval(9 * 60))
        buffer = driver.program.view(driver.state, area: area)
        XCTAssertTrue(buffer[2, header].style.reverse && buffer[2, header].style.bold, "over time: the whole bar turns critical")
    }

    private func assertGolden(_ driver: AppDriver, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        if let report = GoldenFile.mismatch(driver.render(), named: name, file: file) {
            XCTFail(report, file: file, line: line)
        }
    }
}
