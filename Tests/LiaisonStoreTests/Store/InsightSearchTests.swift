import Foundation
import LiaisonCore
import XCTest
@testable import LiaisonStore

final class InsightSearchTests: XCTestCase {
    private var store: LiaisonStore!

    override func setUpWithError() throws {
        store = try StoreFixture.store()
    }

    private func found(_ text: String, _ filter: InsightQuery = InsightQuery()) throws -> Set<Int> {
        Set(try store.searchInsights(text, filter: filter).map { Int($0.insight.id.uuidString.suffix(12))! })
    }

    func testSanitiserQuotesEveryWordAndPrefixesTheLast() {
        XCTAssertEqual(FTSQuery.sanitise("biopsy wait"), "\"biopsy\" \"wait\"*")
        XCTAssertEqual(FTSQuery.sanitise("biopsy wait", prefixLastTerm: false), "\"biopsy\" \"wait\"")
        XCTAssertEqual(FTSQuery.sanitise("AND ( OR"), "\"and\" \"or\"")
        XCTAssertEqual(FTSQuery.sanitise("NEAR(a b)"), "\"near\" \"a\" \"b\"")
        XCTAssertEqual(FTSQuery.sanitise("NOT OR*"), "\"not\" \"or\"")
        XCTAssertNil(FTSQuery.sanitise("\""))
        XCTAssertNil(FTSQuery.sanitise("  *  - ( ) "))
        XCTAssertEqual(FTSQuery.terms("Die Kasse, bitte!"), ["die", "kasse", "bitte"])
    }

    func testFindsWordsInEveryTextColumnAndByPrefix() throws {
        XCTAssertEqual(try found("biopsy"), [1, 8])
        XCTAssertEqual(try found("bio"), [1, 8])
        XCTAssertEqual(try found("patients biop"), [1])
        XCTAssertEqual(try found("waiting"), [1])  // a tag
        XCTAssertEqual(try found("insight 5"), [5])  // why it matters
        XCTAssertEqual(try found("erstattung"), [5])
        XCTAssertEqual(try found("nothingmatches"), [])
    }

    func testHostileInputIsSearchedAsTextNeverAsSyntax() throws {
        for hostile in ["\"", "AND (", "biopsy AND (", "\"biopsy", "biopsy\"", "*", "NOT", "a OR b)", "col:biopsy", "^biopsy", "-biopsy", "'; DROP TABLE insights; --"] {
            XCTAssertNoThrow(try store.searchInsights(hostile), hostile)
            XCTAssertNoThrow(try store.insights(matching: InsightQuery(search: hostile)), hostile)
        }
        XCTAssertEqual(try found("\"biopsy"), [1, 8])
        XCTAssertEqual(try store.countInsights(matching: InsightQuery(search: "\"")), 8)
        XCTAssertEqual(try store.countInsights(matching: InsightQuery()), 8)
    }

    func testFiltersNarrowTheSearch() throws {
        XCTAssertEqual(try found("biopsy", InsightQuery(statuses: [.submitted])), [1])
        XCTAssertEqual(try found("biopsy", InsightQuery(regionID: "region:south")), [])
        XCTAssertEqual(try found("matters", InsightQuery(regionID: "region:south")), [5, 6])
    }

    func testSnippetMarksTheMatchedWords() throws {
        let hit = try XCTUnwrap(store.searchInsights("biopsy", filter: InsightQuery(statuses: [.submitted])).first)
        XCTAssertEqual(hit.terms, ["biopsy"])
        XCTAssertFalse(hit.snippet.marks.isEmpty)
        let characters = Array(hit.snippet.text)
        for mark in hit.snippet.marks {
            XCTAssertEqual(String(characters[mark]).lowercased(), "biopsy")
        }
    }

    func testHighlightParsing() {
        let text = HighlightedText(marked: "a \u{2}bc\u{3} d \u{2}é\u{3}", open: "\u{2}", close: "\u{3}")
        XCTAssertEqual(text.text, "a bc d é")
        XCTAssertEqual(text.marks, [2..<4, 7..<8])
    }

    func testIndexFollowsUpdatesAndDeletes() throws {
        var insight = try XCTUnwrap(store.insight(id: StoreFixture.id(1)))
        insight.whatWasSaid = "Patients wait months for an imaging slot"
        try store.write(actor: "person:admin") { transaction in try transaction.upsert(insight) }
        XCTAssertEqual(try found("biopsy"), [8])
        XCTAssertEqual(try found("imaging"), [1])
        try store.write(actor: "person:admin") { transaction in try transaction.deleteInsight(StoreFixture.id(8)) }
        XCTAssertEqual(try found("biopsy"), [])
        let integrity = try store.writer.write { db in
            try db.execute(sql: "INSERT INTO insights_fts(insights_fts, rank) VALUES ('integrity-check', 1)")
            return true
        }
        XCTAssertTrue(integrity)
    }

    func testNonLatinTextIsSearchable() throws {
        XCTAssertEqual(try found("concern"), [6])
        XCTAssertEqual(try found("診断までの待ち時間"), [6])
    }
}

final class InsightSearchOrderTests: XCTestCase {
    func testNewestStoredOrderListsTheLatestWrittenMatchFirst() throws {
        let store = try StoreFixture.store()
        let late = try Insight(
            id: StoreFixture.id(800), authorID: "person:mia-msl", regionID: "region:north", theme: "unmet-need",
            interactionAt: StoreFixture.now.addingTimeInterval(-300 * StoreFixture.day),
            loggedAt: StoreFixture.now, whatWasSaid: "An old biopsy story told today")
        try store.logInsight(late, by: "person:mia-msl")
        let newest = try store.searchInsights("biopsy", order: .newestStored, limit: 2).map(\.insight.id)
        XCTAssertEqual(newest, [StoreFixture.id(800), StoreFixture.id(8)])
        let ranked = try store.searchInsights("biopsy", order: .relevance, limit: 10).map(\.insight.id)
        XCTAssertEqual(Set(ranked), [StoreFixture.id(1), StoreFixture.id(8), StoreFixture.id(800)])
    }
}
