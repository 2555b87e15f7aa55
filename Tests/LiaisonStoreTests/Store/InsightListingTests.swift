import Foundation
import LiaisonCore
import XCTest
@testable import LiaisonStore

final class InsightListingTests: XCTestCase {
    private var store: LiaisonStore!

    override func setUpWithError() throws {
        store = try StoreFixture.store()
    }

    private func numbers(_ insights: [Insight]) -> [Int] {
        insights.map { Int($0.id.uuidString.suffix(12))! }
    }

    private func allPages(_ query: InsightQuery, limit: Int) throws -> [[Int]] {
        var pages: [[Int]] = []
        var cursor: PageCursor?
        repeat {
            let page = try store.insights(matching: query, after: cursor, limit: limit)
            pages.append(numbers(page.items))
            cursor = page.next
        } while cursor != nil
        return pages
    }

    func testNewestFirstWithTiesBrokenByIDAcrossPageBoundaries() throws {
        XCTAssertEqual(try allPages(InsightQuery(), limit: 3), [[1, 4, 3], [2, 7, 8], [5, 6]])
        XCTAssertEqual(try allPages(InsightQuery(), limit: 8), [[1, 4, 3, 2, 7, 8, 5, 6]])
    }

    func testManyTiesPageForwardAndBackWithoutGapsOrRepeats() throws {
        let at = StoreFixture.now.addingTimeInterval(-6 * StoreFixture.day)
        let tied = try (400..<425).map { number in
            try Insight(
                id: StoreFixture.id(number), authorID: "person:tom-msl", regionID: "region:north", theme: "competitor",
                interactionAt: at, loggedAt: at, whatWasSaid: "Tied insight \(number)")
        }
        try store.write(actor: "person:admin") { transaction in try transaction.insertInsights(tied) }
        let query = InsightQuery(theme: "competitor", authorID: "person:tom-msl")
        var forward: [Page<Insight>] = []
        var cursor: PageCursor?
        repeat {
            let page = try store.insights(matching: query, after: cursor, limit: 4)
            forward.append(page)
            cursor = page.next
        } while cursor != nil
        XCTAssertEqual(forward.flatMap { numbers($0.items) }, Array((400..<425).reversed()))
        XCTAssertNil(forward.first?.previous)

        var backward: [[Int]] = []
        var back = forward.last?.previous
        while let position = back {
            let page = try store.insights(matching: query, before: position, limit: 4)
            backward.insert(numbers(page.items), at: 0)
            back = page.previous
        }
        XCTAssertEqual(backward, forward.dropLast().map { numbers($0.items) })
    }

    func testLastPageHoldsTheOldestRowsAndPagesBackToTheNewest() throws {
        let last = try store.lastInsights(matching: InsightQuery(), limit: 3)
        XCTAssertEqual(numbers(last.items), [8, 5, 6], "the oldest three, still newest first")
        XCTAssertNil(last.next, "nothing follows the last page")
        var pages = [numbers(last.items)]
        var back = last.previous
        while let position = back {
            let page = try store.insights(matching: InsightQuery(), before: position, limit: 3)
            pages.insert(numbers(page.items), at: 0)
            back = page.previous
        }
        XCTAssertEqual(pages, [[1, 4], [3, 2, 7], [8, 5, 6]])

        let north = try store.lastInsights(matching: InsightQuery(regionID: "region:north"), limit: 2)
        XCTAssertEqual(numbers(north.items), [7, 8])
        let whole = try store.lastInsights(matching: InsightQuery(), limit: 20)
        XCTAssertEqual(numbers(whole.items), [1, 4, 3, 2, 7, 8, 5, 6])
        XCTAssertNil(whole.previous, "a last page holding every row has nothing before it")
        XCTAssertEqual(try store.lastInsights(matching: InsightQuery(statuses: [])).items, [])
    }

    func testCursorFromAnInsightAndFromAnotherListing() throws {
        let two = try XCTUnwrap(store.insight(id: StoreFixture.id(2)))
        let page = try store.insights(matching: InsightQuery(), after: .insight(two), limit: 2)
        XCTAssertEqual(numbers(page.items), [7, 8])
        let hcpCursor = try XCTUnwrap(store.hcps(matching: HCPQuery(), limit: 1).next)
        XCTAssertThrowsError(try store.insights(matching: InsightQuery(), after: hcpCursor)) { error in
            XCTAssertEqual(error as? StoreError, .invalidCursor)
        }
    }

    func testEveryFilter() throws {
        func listed(_ query: InsightQuery) throws -> [Int] {
            numbers(try store.insights(matching: query, limit: 100).items)
        }
        XCTAssertEqual(try listed(InsightQuery(regionID: "region:south")), [5, 6])
        XCTAssertEqual(try listed(InsightQuery(theme: "diagnostic-pathway")), [3, 2])
        XCTAssertEqual(try listed(InsightQuery(productID: "product:veltra")), [6])
        XCTAssertEqual(try listed(InsightQuery(hcpID: "hcp:h0002")), [3])
        XCTAssertEqual(try listed(InsightQuery(institutionID: "inst:nowhere")), [])
        XCTAssertEqual(try listed(InsightQuery(authorID: "person:tom-msl")), [3, 8])
        XCTAssertEqual(try listed(InsightQuery(statuses: [.draft, .archived])), [7, 8])
        XCTAssertEqual(try listed(InsightQuery(statuses: [])), [])
        XCTAssertEqual(
            try listed(InsightQuery(since: StoreFixture.now.addingTimeInterval(-3 * StoreFixture.day))), [1, 4, 3, 2, 7])
        XCTAssertEqual(
            try listed(InsightQuery(until: StoreFixture.now.addingTimeInterval(-3 * StoreFixture.day))), [8, 5, 6])
        XCTAssertEqual(try listed(InsightQuery(regionID: "region:north", theme: "unmet-need", statuses: [.submitted])), [1])
    }

    func testCountsMatchListings() throws {
        XCTAssertEqual(try store.countInsights(matching: InsightQuery()), 8)
        XCTAssertEqual(try store.countInsights(matching: InsightQuery(regionID: "region:north")), 6)
        XCTAssertEqual(try store.countInsights(matching: InsightQuery(search: "biopsy")), 2)
        XCTAssertEqual(try store.countInsights(matching: InsightQuery(regionID: "region:south", search: "biopsy")), 0)
    }

    func testAuthorViews() throws {
        XCTAssertEqual(numbers(try store.recentInsights(authorID: "person:mia-msl")), [1, 4, 2])
        XCTAssertEqual(numbers(try store.drafts(authorID: "person:mia-msl")), [7])
        XCTAssertEqual(try store.drafts(authorID: "person:tom-msl"), [])
    }

    func testForEachStreamsOldestFirst() throws {
        var seen: [Int] = []
        try store.forEachInsight { seen.append(Int($0.id.uuidString.suffix(12))!) }
        XCTAssertEqual(seen, [6, 5, 8, 7, 2, 3, 4, 1])
    }
}
