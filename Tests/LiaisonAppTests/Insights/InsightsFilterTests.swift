import Foundation
import LiaisonApp
import LiaisonCore
import LiaisonStore
import TerminalKit
import XCTest

/// The filter form: fuzzy pickers for choices, combined filters with search, date validation
/// and clearing.
final class InsightsFilterTests: XCTestCase {
    private var store: LiaisonStore!
    private let notDrafts = Set(InsightStatus.allCases).subtracting([.draft])

    override func setUpWithError() throws {
        store = try AppFixture.store()
    }

    /// Opens the filter form and picks `text` in choice field `field` (0 = region, 1 = theme, …).
    private func pick(_ text: String, field: Int, in screen: inout InsightsHarness) {
        for _ in 0..<field { screen.press(.tab) }
        screen.press(.enter)
        XCTAssertEqual(screen.state.mode, .picking)
        screen.type(text)
        screen.press(.enter)
        XCTAssertEqual(screen.state.mode, .filtering)
        for _ in 0..<field { screen.press(.backTab) }
    }

    func testRegionThemeAndSearchCombine() throws {
        var screen = try InsightsHarness(store: store)
        screen.run(.activated(nil))
        screen.press(.char("f"))
        XCTAssertEqual(screen.state.mode, .filtering)
        pick("North", field: 0, in: &screen)
        pick("Unmet", field: 1, in: &screen)
        screen.press(.ctrl("s"))
        XCTAssertEqual(screen.state.mode, .table)
        XCTAssertEqual(screen.state.filters, InsightFilters(regionID: "region:north", theme: "unmet-need"))
        let filtered = InsightQuery(regionID: "region:north", theme: "unmet-need", statuses: notDrafts)
        XCTAssertEqual(screen.state.total, try store.countInsights(matching: filtered))
        XCTAssertTrue(screen.loaded.allSatisfy { $0.regionID == "region:north" && $0.theme == "unmet-need" })

        screen.press(.char("/"))
        screen.type("referral")
        screen.press(.enter)
        var searched = filtered
        searched.search = "referral"
        XCTAssertEqual(screen.state.total, try store.countInsights(matching: searched))
        XCTAssertEqual(screen.loaded.map(\.whatWasSaid), ["Referral delays of months"])
        XCTAssertLessThan(screen.state.total ?? 0, try store.countInsights(matching: filtered))
    }

    func testXClearsTheFiltersButKeepsTheSearch() throws {
        var screen = try InsightsHarness(store: store)
        screen.run(.activated(.region("region:west")))
        XCTAssertEqual(screen.state.total, try store.countInsights(matching: InsightQuery(regionID: "region:west", statuses: notDrafts)))
        screen.press(.char("/"))
        screen.type("observation")
        screen.press(.enter, .char("x"))
        XCTAssertTrue(screen.state.filters.isEmpty)
        XCTAssertEqual(screen.state.total, try store.countInsights(matching: InsightQuery(statuses: notDrafts, search: "observation")))
        screen.press(.char("x"))
        XCTAssertEqual(screen.requests.last.map { "\($0)" }, "\(AppRequest.status("No filters to clear"))")
    }

    func testInvalidDateKeepsTheFormOpenWithAMessage() throws {
        var screen = try InsightsHarness(store: store)
        screen.run(.activated(nil))
        screen.press(.char("f"))
        for _ in 0..<6 { screen.press(.tab) }
        screen.type("2026-13-01")
        screen.press(.ctrl("s"))
        XCTAssertEqual(screen.state.mode, .filtering)
        let message = screen.state.filterForm?.form.fields[6].message ?? ""
        XCTAssertTrue(message.contains("YYYY-MM-DD"), message)
        XCTAssertTrue(screen.state.filters.isEmpty, "nothing is applied")
        for _ in 0..<10 { screen.press(.backspace) }
        screen.type("2026-11-01")
        screen.press(.tab)
        screen.type("2026-10-01")
        screen.press(.ctrl("s"))
        XCTAssertEqual(screen.state.filterForm?.form.fields[7].message, "must not be before Since")
        for _ in 0..<10 { screen.press(.backspace) }
        screen.type("2026-11-15")
        screen.press(.enter)
        XCTAssertEqual(screen.state.mode, .table, "Enter in the last field applies")
        let since = try XCTUnwrap(screen.state.filters.since)
        let until = try XCTUnwrap(screen.state.filters.until)
        let expected = InsightQuery(statuses: notDrafts, since: since, until: until.addingTimeInterval(86_400))
        XCTAssertEqual(screen.state.total, try store.countInsights(matching: expected))
        XCTAssertTrue(screen.loaded.allSatisfy { $0.interactionAt >= since && $0.interactionAt < until.addingTimeInterval(86_400) })
    }

    func testEscapeCancelsTheFormWithoutChangingTheList() throws {
        var screen = try InsightsHarness(store: store)
        screen.run(.activated(nil))
        let total = screen.state.total
        screen.press(.char("f"))
        pick("South", field: 0, in: &screen)
        screen.press(.escape)
        XCTAssertEqual(screen.state.mode, .table)
        XCTAssertTrue(screen.state.filters.isEmpty)
        XCTAssertEqual(screen.state.total, total)
    }

    func testHCPFilterUsesTheDirectory() throws {
        var screen = try InsightsHarness(store: store)
        screen.run(.activated(nil))
        screen.press(.char("f"))
        XCTAssertNotNil(screen.state.hcpChoices, "opening the form loads the HCP directory")
        pick("East One", field: 3, in: &screen)
        screen.press(.ctrl("s"))
        XCTAssertEqual(screen.state.filters.hcpID, "hcp:h21")
        XCTAssertEqual(screen.state.total, try store.countInsights(matching: InsightQuery(hcpID: "hcp:h21", statuses: notDrafts)))
    }

    func testDraftStatusShowsOnlyMyDrafts() throws {
        var screen = try InsightsHarness(store: store)
        screen.state.filters.status = .draft
        screen.run(.activated(nil))
        XCTAssertEqual(screen.state.total, 2)
        XCTAssertTrue(screen.loaded.allSatisfy { $0.authorID == AppFixture.mslID && $0.status == .draft })
    }
}
