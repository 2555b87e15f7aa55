import Foundation
import LiaisonApp
import LiaisonCore
import TerminalKit
import XCTest

/// Golden-text snapshots of the Insights screen at the two reference sizes: the list, an
/// active search, the filter form and the detail pane.
final class InsightsGoldenTests: XCTestCase {
    private func insights(width: Int, height: Int) throws -> AppDriver {
        var driver = AppDriver(env: try AppFixture.environment(store: try AppFixture.store()), width: width, height: height)
        driver.press(.char(Character(String(Screen.insights.number))))
        driver.settleScreens()
        XCTAssertEqual(driver.state.screen, .insights)
        return driver
    }

    private func searching(width: Int, height: Int) throws -> AppDriver {
        var driver = try insights(width: width, height: height)
        driver.press(.char("/"))
        driver.type("rural")
        driver.settleScreens()
        return driver
    }

    func testList80x24() throws {
        let driver = try insights(width: 80, height: 24)
        XCTAssertNil(GoldenFile.mismatch(driver.render(), named: "insights-list-80x24"))
        XCTAssertTrue(driver.screenText.contains("Insights · 37 insights"))
    }

    func testList160x48ShowsTheDetailBesideTheTable() throws {
        let driver = try insights(width: 160, height: 48)
        XCTAssertNil(GoldenFile.mismatch(driver.render(), named: "insights-list-160x48"))
        XCTAssertTrue(driver.screenText.contains("What was said"))
    }

    func testGShowsTheOldestRowsAndKMovesUp80x24() throws {
        var driver = AppDriver(env: try AppFixture.environment(store: try AppFixture.store()), width: 80, height: 24)
        driver.pageInsights(by: 10)
        driver.press(.char(Character(String(Screen.insights.number))))
        driver.settleScreens()
        driver.press(.char("G"))
        driver.settleScreens()
        XCTAssertNil(GoldenFile.mismatch(driver.render(), named: "insights-last-80x24"))
        XCTAssertTrue(driver.screenText.contains("37 of 37"), driver.screenText)
        driver.press(.char("k"))
        driver.settleScreens()
        XCTAssertTrue(driver.screenText.contains("36 of 37"), driver.screenText)
        XCTAssertEqual(driver.state.insights.window.start > 0, true, "only the end of the listing was read")
    }

    func testSearch80x24() throws {
        let driver = try searching(width: 80, height: 24)
        XCTAssertNil(GoldenFile.mismatch(driver.render(), named: "insights-search-80x24"))
        XCTAssertTrue(driver.screenText.contains("Insights · 1 insight"))
    }

    func testSearch160x48() throws {
        let driver = try searching(width: 160, height: 48)
        XCTAssertNil(GoldenFile.mismatch(driver.render(), named: "insights-search-160x48"))
    }

    func testSearchHighlightsTheMatchedWordInTableAndDetail() throws {
        let driver = try searching(width: 160, height: 48)
        let buffer = driver.program.view(driver.state, area: Rect(x: 0, y: 0, width: 160, height: 48))
        let lines = buffer.lines()
        let highlight = driver.state.theme.highlight
        var highlightedRows = 0
        for (y, line) in lines.enumerated() where !line.contains("Search:") {
            var searchStart = line.startIndex
            while let range = line.range(of: "rural", range: searchStart..<line.endIndex) {
                let x = line.distance(from: line.startIndex, to: range.lowerBound)
                XCTAssertEqual(buffer[x, y].style.foreground, highlight.foreground, "row \(y): \(line)")
                XCTAssertNotEqual(buffer[x - 2, y].style.foreground, highlight.foreground, "only the word is marked")
                highlightedRows += 1
                searchStart = range.upperBound
            }
        }
        XCTAssertGreaterThanOrEqual(highlightedRows, 2, "the table row and the detail pane both mark the word")
    }

    func testFilters80x24() throws {
        var driver = try insights(width: 80, height: 24)
        driver.press(.char("f"))
        driver.settleScreens()
        XCTAssertNil(GoldenFile.mismatch(driver.render(), named: "insights-filters-80x24"))
    }

    func testFilters160x48() throws {
        var driver = try insights(width: 160, height: 48)
        driver.press(.char("f"))
        driver.settleScreens()
        XCTAssertNil(GoldenFile.mismatch(driver.render(), named: "insights-filters-160x48"))
    }

    func testActiveFiltersShowAboveTheTable() throws {
        var driver = AppDriver(env: try AppFixture.environment(store: try AppFixture.store()), width: 80, height: 24)
        try driver.loadDashboard()
        driver.press(.char("i"))
        driver.settleScreens()
        XCTAssertEqual(driver.state.screen, .insights, "the dashboard's i opens the selected region's insights")
        XCTAssertNil(GoldenFile.mismatch(driver.render(), named: "insights-filtered-80x24"))
        XCTAssertTrue(driver.screenText.contains("Filters: region"))
    }

    func testDetail80x24() throws {
        var driver = try insights(width: 80, height: 24)
        driver.press(.char("j"), .enter)
        driver.settleScreens()
        XCTAssertNil(GoldenFile.mismatch(driver.render(), named: "insights-detail-80x24"))
        XCTAssertTrue(driver.screenText.contains("History"))
    }
}
