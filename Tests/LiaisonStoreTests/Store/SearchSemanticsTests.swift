import Foundation
import GRDB
import LiaisonCore
import XCTest
@testable import LiaisonStore

/// Which words are searched exactly and which as a prefix, and the prefix expansion that
/// must not change what a search finds.
final class SearchSemanticsTests: XCTestCase {
    private var store: LiaisonStore!

    override func setUpWithError() throws {
        store = try StoreFixture.store()
    }

    private func found(_ text: String, order: SearchOrder = .relevance) throws -> Set<Int> {
        Set(try store.searchInsights(text, order: order).map { Int($0.insight.id.uuidString.suffix(12))! })
    }

    private func expanded(_ text: String) throws -> String? {
        try store.read { db in try FTSPrefixExpansion.match(for: text, in: db) }
    }

    func testOnlyALastWordStillBeingTypedWithThreeCharactersIsAPrefix() {
        XCTAssertEqual(FTSQuery.sanitise("biopsy wait "), "\"biopsy\" \"wait\"")
        XCTAssertEqual(FTSQuery.sanitise("biopsy wait."), "\"biopsy\" \"wait\"")
        XCTAssertEqual(FTSQuery.sanitise("wai"), "\"wai\"*")
        XCTAssertEqual(FTSQuery.sanitise("wa"), "\"wa\"")
        XCTAssertEqual(FTSQuery.sanitise("biopsy w"), "\"biopsy\" \"w\"")
        XCTAssertFalse(FTSQuery.lastTermIsPrefix("biopsy ", terms: ["biopsy"]))
        XCTAssertTrue(FTSQuery.lastTermIsPrefix("biopsy", terms: ["biopsy"]))
    }

    func testAFinishedWordMatchesOnlyThatWord() throws {
        XCTAssertEqual(try found("refer"), [2])  // "Referral letters…", as typed
        XCTAssertEqual(try found("refer "), [])
        XCTAssertEqual(try found("referral "), [2])
        XCTAssertEqual(try found("biops"), [1, 8])
        XCTAssertEqual(try found("biops "), [])
        XCTAssertEqual(try found("patients biop", order: .newestStored), [1])
    }

    func testWordsShorterThanThreeCharactersMatchWholeWords() throws {
        XCTAssertEqual(try found("bi"), [])
        XCTAssertEqual(try found("bio"), [1, 8])
        XCTAssertEqual(try found("für"), [5])
        XCTAssertEqual(try found("a"), [1, 4, 6])  // "for a biopsy…", "for a short guide", "is a concern"
    }

    func testAPrefixBecomesTheIndexedTermsItStandsFor() throws {
        XCTAssertEqual(try expanded("patients biopsy"), "\"patients\" AND \"biopsy\"")
        XCTAssertEqual(try expanded("patients biop"), "\"patients\" AND (\"biop\" OR \"biopsy\")")
        XCTAssertEqual(try expanded("refer"), "(\"refer\" OR \"referral\")")
        XCTAssertEqual(try expanded("bio"), "\"bio\"*")  // answered by the 3-character prefix index
        XCTAssertEqual(try expanded("biopsy "), "\"biopsy\"")
        XCTAssertNil(try expanded(" * "))
    }

    func testAPrefixOfManyTermsStaysAPrefixQuery() throws {
        let words = (0...FTSPrefixExpansion.maximumTerms).map { "zymoterm\($0)" }
        var insight = try XCTUnwrap(store.insight(id: StoreFixture.id(3)))
        insight.whatWasSaid = words.joined(separator: " ")
        try store.write(actor: "person:admin") { transaction in try transaction.upsert(insight) }
        XCTAssertEqual(try expanded("zymoterm"), "\"zymoterm\"*")
        XCTAssertEqual(try found("zymoterm"), [3])
        XCTAssertEqual(try expanded("zymoterm1"), "(" + ["zymoterm1", "zymoterm10", "zymoterm11", "zymoterm12",
            "zymoterm13", "zymoterm14", "zymoterm15", "zymoterm16"].map { "\"\($0)\"" }.joined(separator: " OR ") + ")")
    }

    func testExpandedAndPlainPrefixQueriesFindTheSameInsights() throws {
        for text in ["pati", "patients bio", "letters betw", "staging", "month", "matters insig", "erstattun"] {
            let plain = try store.read { db in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM insights_fts WHERE insights_fts MATCH ?",
                                 arguments: [FTSQuery.sanitise(text)])
            }
            let viaExpansion = try store.read { db in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM insights_fts WHERE insights_fts MATCH ?",
                                 arguments: [try FTSPrefixExpansion.match(for: text, in: db)])
            }
            XCTAssertEqual(viaExpansion, plain, text)
            XCTAssertGreaterThan(plain ?? 0, 0, text)
        }
    }
}
