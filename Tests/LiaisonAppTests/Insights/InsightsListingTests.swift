import Foundation
import LiaisonApp
import LiaisonCore
import LiaisonStore
import TerminalKit
import XCTest

/// The Insights screen's listing: keyset paging through a window of pages, the total,
/// live search, filters and deep links, driven through `update` against the fixture store.
final class InsightsListingTests: XCTestCase {
    private var store: LiaisonStore!
    private let visible = InsightQuery(statuses: Set(InsightStatus.allCases).subtracting([.draft]))

    override func setUpWithError() throws {
        store = try AppFixture.store()
    }

    private func everyVisibleInsight(_ query: InsightQuery? = nil) throws -> [Insight] {
        try store.insights(matching: query ?? visible, limit: 1000).items
    }

    func testOpeningLoadsTheTotalAndOnlyTheFirstPages() throws {
        var screen = try InsightsHarness(store: store, height: 12)
        screen.run(.activated(nil))
        let all = try everyVisibleInsight()
        XCTAssertGreaterThan(all.count, 20, "the fixture must span more than two pages of 10")
        XCTAssertEqual(screen.state.total, all.count)
        XCTAssertEqual(screen.loaded.map(\.id), all.prefix(10).map(\.id), "one page fills a short screen")
        XCTAssertEqual(screen.state.rowCount, all.count, "the table is as long as the whole listing")
        XCTAssertEqual(screen.state.selected?.id, all[0].id)
        XCTAssertFalse(screen.loaded.contains { $0.status == .draft }, "other people's drafts stay private")
    }

    func testScrollingDownCrossesPageBoundariesAndKeepsAWindow() throws {
        var screen = try InsightsHarness(store: store, height: 12, pageSize: 10, maxPages: 2)
        screen.run(.activated(nil))
        let all = try everyVisibleInsight()
        for step in 1..<all.count {
            screen.press(.char("j"))
            XCTAssertEqual(screen.state.scroll.selected, step)
            XCTAssertEqual(screen.state.selected?.id, all[step].id, "row \(step)")
            XCTAssertLessThanOrEqual(screen.loaded.count, 30, "about maxPages pages are kept, never the whole table")
        }
        XCTAssertGreaterThan(screen.state.window.start, 0, "pages far above the selection were dropped")
        screen.press(.char("j"))
        XCTAssertEqual(screen.state.selected?.id, all.last?.id, "the selection stops at the last insight")
        for step in stride(from: all.count - 2, through: 0, by: -1) {
            screen.press(.char("k"))
            XCTAssertEqual(screen.state.selected?.id, all[step].id, "row \(step) on the way back up")
        }
        XCTAssertEqual(screen.state.window.start, 0)
        let pageLoads = screen.performed.filter {
            if case .next = $0 { return true }
            if case .previous = $0 { return true }
            return false
        }
        XCTAssertGreaterThanOrEqual(pageLoads.count, 4, "pages were fetched with keysets in both directions")
    }

    func testGLoadsTheLastPageAndKScrollsBackUpWithKeysets() throws {
        var screen = try InsightsHarness(store: store, height: 12, pageSize: 10, maxPages: 2)
        screen.run(.activated(nil))
        let all = try everyVisibleInsight()
        screen.press(.char("G"))
        XCTAssertTrue(screen.performed.contains { if case .last = $0 { return true }; return false },
                      "the end of a listing not loaded yet is read from the other end")
        XCTAssertEqual(screen.state.selected?.id, all.last?.id, "G selects the oldest insight")
        XCTAssertEqual(screen.state.scroll.selected, all.count - 1, "at its absolute row")
        XCTAssertEqual(screen.state.total, all.count)
        XCTAssertGreaterThan(screen.state.window.start, 0, "the first rows were not read to get there")
        XCTAssertNil(screen.state.window.next)
        for step in stride(from: all.count - 2, through: 0, by: -1) {
            screen.press(.char("k"))
            XCTAssertEqual(screen.state.selected?.id, all[step].id, "row \(step) on the way up from the end")
            XCTAssertEqual(screen.state.scroll.selected, step)
        }
        XCTAssertEqual(screen.state.window.start, 0, "scrolling up reached the newest insight")
        screen.press(.char("G"))
        XCTAssertEqual(screen.state.selected?.id, all.last?.id, "G again, from the top")
        let loadsBeforeG = screen.performed.count
        screen.press(.char("g"))
        XCTAssertEqual(screen.state.selected?.id, all.first?.id, "g goes back to the newest")
        XCTAssertEqual(screen.state.scroll.selected, 0)
        XCTAssertFalse(screen.performed.dropFirst(loadsBeforeG).contains { if case .first = $0 { return true }; return false },
                       "g draws the kept first page without reading it again")
        screen.press(.char("j"))
        XCTAssertEqual(screen.state.selected?.id, all[1].id)
        screen.press(.char("r"))
        XCTAssertEqual(screen.state.total, all.count, "a reload counts and lists again")
    }

    func testGRespectsTheFiltersAndTheSearch() throws {
        var screen = try InsightsHarness(store: store, height: 12, pageSize: 3, maxPages: 2)
        screen.run(.activated(.region("region:north")))
        var query = visible
        query.regionID = "region:north"
        let north = try everyVisibleInsight(query)
        XCTAssertGreaterThan(north.count, 3)
        screen.press(.char("G"))
        XCTAssertEqual(screen.state.selected?.id, north.last?.id)
        XCTAssertEqual(screen.state.scroll.selected, north.count - 1)
        screen.press(.char("k"))
        XCTAssertEqual(screen.state.selected?.id, north[north.count - 2].id)

        var searching = try InsightsHarness(store: store, height: 12, pageSize: 2, maxPages: 2)
        searching.run(.activated(nil))
        searching.press(.char("/"))
        searching.type("observation")
        searching.press(.enter)
        var searched = visible
        searched.search = "observation"
        let matches = try everyVisibleInsight(searched)
        XCTAssertGreaterThan(matches.count, 2, "the search spans more than one page")
        searching.press(.char("G"))
        XCTAssertEqual(searching.state.selected?.id, matches.last?.id)
        XCTAssertEqual(searching.state.total, matches.count)
    }

    func testThePageBeyondTheWindowIsAskedForBeforeTheSelectionReachesIt() throws {
        var screen = try InsightsHarness(store: store, height: 12, pageSize: 10, maxPages: 3)
        screen.run(.activated(nil))
        XCTAssertEqual(screen.loaded.count, 10)
        screen.press(.char("j"), .char("j"))
        XCTAssertEqual(screen.loaded.count, 10, "no page is fetched while the selection is far from the window's end")
        screen.send(.key(.char("j")))
        XCTAssertEqual(screen.state.scroll.selected, 3)
        XCTAssertTrue(screen.state.outbox.contains { if case .next = $0 { return true }; return false },
                      "the next page is prefetched while the selection is still on the first page")
    }

    func testSearchNarrowsTheListAndHighlightsTheWord() throws {
        var screen = try InsightsHarness(store: store)
        screen.run(.activated(nil))
        screen.press(.char("/"))
        XCTAssertTrue(InsightsScreen.isCapturingText(screen.state))
        screen.type("rural")
        var query = visible
        query.search = "rural"
        XCTAssertEqual(screen.state.total, try store.countInsights(matching: query))
        XCTAssertEqual(screen.state.total, 1)
        XCTAssertTrue(screen.loaded.allSatisfy { $0.text.lowercased().contains("rural") })
        XCTAssertEqual(SearchHighlighter(terms: screen.state.searchTerms).matches(in: "Screening gaps in rural clinics"), Array(18..<23))
        screen.press(.enter)
        XCTAssertFalse(InsightsScreen.isCapturingText(screen.state), "Enter returns the keys to the table")
        XCTAssertEqual(screen.state.total, 1, "Enter keeps the search")
        screen.press(.char("/"), .escape)
        XCTAssertEqual(screen.state.total, try everyVisibleInsight().count, "Esc clears the search")
        XCTAssertEqual(screen.state.search.text, "")
    }

    func testTypingFastOnlyRunsTheSearchForTheLastText() throws {
        var screen = try InsightsHarness(store: store)
        screen.run(.activated(nil))
        screen.press(.char("/"))
        for character in "nurses" { screen.send(.key(.char(character))) }
        XCTAssertEqual(screen.state.total, try everyVisibleInsight().count, "the old list stays until the search settles")
        screen.drain()
        let searches = screen.performed.compactMap { load -> String? in
            if case .first(_, let query, _, _) = load { return query.search }
            return nil
        }
        XCTAssertEqual(searches, ["nurses"], "settled timers of older text start no search")
        XCTAssertEqual(screen.loaded.map(\.whatWasSaid), ["Nurses ask for training"])
    }

    func testStalePagesOfAnOlderQueryAreDropped() throws {
        var screen = try InsightsHarness(store: store)
        screen.run(.activated(nil))
        let old = InsightsLoader.perform(.first(generation: 0, query: visible, limit: 10, focus: nil), store: store)
        screen.press(.char("/"))
        screen.type("nurses")
        screen.run(.message(.insights(old)))
        XCTAssertEqual(screen.state.total, 1, "a late result of an older query does not replace the search results")
    }

    func testDeepLinkSelectsTheInsightAndOpensTheDetail() throws {
        var screen = try InsightsHarness(store: store, pageSize: 10)
        screen.run(.activated(.region("region:south")))
        let target = AppFixture.uuid(503)
        screen.open(target)
        let all = try everyVisibleInsight()
        XCTAssertTrue(screen.state.filters.isEmpty, "a deep link to an insight clears the filters")
        XCTAssertEqual(screen.state.selected?.id, target)
        XCTAssertEqual(screen.state.scroll.selected, all.firstIndex { $0.id == target })
        XCTAssertEqual(screen.state.detail?.insight.id, target)
        XCTAssertEqual(screen.state.detail?.linkDescription, "Objective “Earlier diagnosis” (plan:national-2027-h1)")
        XCTAssertEqual(screen.state.detail?.endorserNames, ["Ben Novak", "Chloe Roy"])
    }

    func testDeepLinkFarDownTheListLoadsThePageAroundIt() throws {
        var screen = try InsightsHarness(store: store, pageSize: 6)
        let all = try everyVisibleInsight()
        let target = all[all.count - 3]
        screen.open(target.id)
        XCTAssertEqual(screen.state.selected?.id, target.id)
        XCTAssertEqual(screen.state.scroll.selected, all.count - 3, "the absolute row number is right")
        screen.press(.char("k"))
        XCTAssertEqual(screen.state.selected?.id, all[all.count - 4].id)
    }

    func testScrollingFastLoadsOnlyTheDetailOfTheRowItStopsOn() throws {
        var screen = try InsightsHarness(store: store, width: 160, height: 48)
        screen.run(.activated(nil))
        let before = screen.performed.count
        for _ in 0..<5 { screen.send(.key(.char("j"))) }
        screen.drain()
        let details = screen.performed.dropFirst(before).compactMap { load -> UUID? in
            if case .detail(let id) = load { return id }
            return nil
        }
        XCTAssertEqual(details, [try everyVisibleInsight()[5].id])
        XCTAssertEqual(screen.state.detail?.insight.id, screen.state.selected?.id)
    }

    func testClickingARowSelectsIt() throws {
        var screen = try InsightsHarness(store: store)
        screen.run(.activated(nil))
        screen.run(.mouse(MouseEvent(kind: .press(button: 0), x: 10, y: screen.context.area.y + 2 + 3)))
        XCTAssertEqual(screen.state.selected?.id, try everyVisibleInsight()[3].id)
    }

    func testDetailScrollsWithShiftJAndResetsOnANewSelection() throws {
        var screen = try InsightsHarness(store: store)
        screen.run(.activated(nil))
        screen.press(.enter, .char("J"), .char("J"), .char("K"))
        XCTAssertEqual(screen.state.detailScroll, 1)
        screen.press(.char("j"))
        XCTAssertEqual(screen.state.detailScroll, 0)
    }
}
