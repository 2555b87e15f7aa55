import Foundation
import GRDB
import LiaisonCore
import XCTest
@testable import LiaisonStore

/// The insight listing with a search pages exactly as the listing that reads every match
/// first (`i.seq IN (…)` with the plain sanitised search) did, however the page is found.
final class InsightSearchListingTests: XCTestCase {
    private var store: LiaisonStore!

    private static let phrases = [
        "Patients wait for a biopsy slot", "Referral delays for patients", "First line treatment questions",
        "Clinic capacity is short", "Titration schedule unclear", "Referrals to the clinic are late",
    ]
    private static let walkAlways = InsightSearchListing.Tuning(walkAbove: 0, minimumCandidates: 1_000, candidatesPerRow: 100)
    /// Walks that give up after as many rows as the page holds, so most pages fall back.
    private static let walkTight = InsightSearchListing.Tuning(walkAbove: 0, minimumCandidates: 1, candidatesPerRow: 1)
    private static let walkShort = InsightSearchListing.Tuning(walkAbove: 0, minimumCandidates: 1, candidatesPerRow: 3)

    override func setUpWithError() throws {
        store = try StoreFixture.store()
        let extra = try (500..<560).map { number in
            let north = number % 3 != 0
            let at = StoreFixture.now.addingTimeInterval(-Double(number % 7) * StoreFixture.day)
            return try Insight(
                id: StoreFixture.id(number), authorID: north ? "person:mia-msl" : "person:kenji-msl",
                regionID: north ? "region:north" : "region:south", theme: "unmet-need", interactionAt: at,
                loggedAt: at, whatWasSaid: Self.phrases[number % Self.phrases.count],
                status: number % 5 == 0 ? .reviewed : .submitted)
        }
        try store.write(actor: "person:admin") { transaction in try transaction.insertInsights(extra) }
    }

    private struct Listed: Equatable {
        var ids: [UUID]
        var next: PageCursor?
        var previous: PageCursor?

        init(_ page: Page<Insight>) {
            ids = page.items.map(\.id)
            next = page.next
            previous = page.previous
        }
    }

    private typealias Pager = (_ cursor: PageCursor?, _ forward: Bool) throws -> Listed

    /// The listing as it was: every condition, the plain sanitised search read in full.
    private func reference(_ query: InsightQuery, limit: Int) -> Pager {
        { cursor, forward in
            try self.store.read { db in
                var keyset = InsightListing.keyset(query)
                keyset.filter(
                    "i.seq IN (SELECT rowid FROM insights_fts WHERE insights_fts MATCH ?)",
                    FTSQuery.sanitise(query.search ?? ""))
                if forward {
                    return Listed(try keyset.page(db, after: cursor, limit: limit, decode: RowDecoder.insight))
                }
                return Listed(try keyset.page(db, before: XCTUnwrap(cursor), limit: limit, decode: RowDecoder.insight))
            }
        }
    }

    private func searched(_ query: InsightQuery, limit: Int, tuning: InsightSearchListing.Tuning) -> Pager {
        { cursor, forward in
            try self.store.read { db in
                let listing = try XCTUnwrap(InsightSearchListing(query, in: db, tuning: tuning))
                if forward { return Listed(try listing.page(db, after: cursor, limit: limit)) }
                return Listed(try listing.page(db, before: XCTUnwrap(cursor), limit: limit))
            }
        }
    }

    private func viaStore(_ query: InsightQuery, limit: Int) -> Pager {
        { cursor, forward in
            if forward { return Listed(try self.store.insights(matching: query, after: cursor, limit: limit)) }
            return Listed(try self.store.insights(matching: query, before: XCTUnwrap(cursor), limit: limit))
        }
    }

    /// Every page forward from the start, then every page backward from the last one.
    private func walkThrough(_ pager: Pager) throws -> [Listed] {
        var pages: [Listed] = []
        var cursor: PageCursor?
        repeat {
            let page = try pager(cursor, true)
            pages.append(page)
            cursor = page.next
        } while cursor != nil && pages.count < 100
        var back = pages.last?.previous
        while let position = back, pages.count < 200 {
            let page = try pager(position, false)
            pages.append(page)
            back = page.previous
        }
        return pages
    }

    func testSearchedListingPagesAsTheFullReadDidForwardAndBackWithFilters() throws {
        let searches = ["patients", "referr", "first line", "tit", "clinic", "biopsy wai", "nothing"]
        let filters = [
            InsightQuery(), InsightQuery(regionID: "region:north"),
            InsightQuery(regionID: "region:south", statuses: [.submitted]),
        ]
        for text in searches {
            for var query in filters {
                query.search = text
                for limit in [1, 4, 50] {
                    let expected = try walkThrough(reference(query, limit: limit))
                    let label = "\(text) \(query.regionID ?? "-") limit \(limit)"
                    XCTAssertEqual(try walkThrough(viaStore(query, limit: limit)), expected, label)
                    for tuning in [Self.walkAlways, Self.walkTight, Self.walkShort] {
                        XCTAssertEqual(try walkThrough(searched(query, limit: limit, tuning: tuning)), expected, label)
                    }
                }
            }
        }
    }

    func testSearchedListingHasSeveralPagesAndMatchesTheFixture() throws {
        let pages = try walkThrough(viaStore(InsightQuery(regionID: "region:north", search: "patients"), limit: 4))
        let forward = pages[...(try XCTUnwrap(pages.firstIndex { $0.next == nil }))]
        XCTAssertGreaterThan(forward.count, 2)
        let expectedCount = (500..<560).filter { $0 % 3 != 0 && [0, 1].contains($0 % Self.phrases.count) }.count + 1
        XCTAssertEqual(forward.flatMap(\.ids).count, expectedCount)
    }

    func testLastPageWithASearchIsTheEndOfTheForwardListing() throws {
        for text in ["patients", "referr", "first line", "nothing"] {
            for var query in [InsightQuery(), InsightQuery(regionID: "region:south", statuses: [.submitted])] {
                query.search = text
                let forward = try walkThrough(viaStore(query, limit: 1000)).first?.ids ?? []
                for limit in [1, 4, 50] {
                    let last = try store.lastInsights(matching: query, limit: limit)
                    XCTAssertEqual(last.items.map(\.id), Array(forward.suffix(limit)), "\(text) limit \(limit)")
                    XCTAssertNil(last.next)
                    XCTAssertEqual(last.previous == nil, forward.count <= limit, "\(text) limit \(limit)")
                    for tuning in [Self.walkAlways, Self.walkTight] {
                        let walked = try store.read { db in
                            try XCTUnwrap(InsightSearchListing(query, in: db, tuning: tuning)).page(db, before: nil, limit: limit)
                        }
                        XCTAssertEqual(Listed(walked), Listed(last), "\(text) limit \(limit), walking")
                    }
                }
            }
        }
    }

    func testCountsWithASearchMatchTheFullRead() throws {
        for text in ["patients", "referr", "first line", "tit", "nothing"] {
            for var query in [InsightQuery(), InsightQuery(regionID: "region:north")] {
                query.search = text
                let expected = try store.read { db in
                    var keyset = InsightListing.keyset(query)
                    keyset.filter(
                        "i.seq IN (SELECT rowid FROM insights_fts WHERE insights_fts MATCH ?)",
                        FTSQuery.sanitise(text))
                    return try keyset.count(db)
                }
                XCTAssertEqual(try store.countInsights(matching: query), expected, text)
            }
        }
    }
}
