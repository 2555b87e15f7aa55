import Foundation
import GRDB
import LiaisonCore
import XCTest
@testable import LiaisonStore

/// The fast paths added for large imports and common-word searches keep the store's
/// observable behaviour.
final class BulkPathTests: XCTestCase {
    func testStringListJSONIsByteForByteTheEncodersOutput() {
        let lists: [[String]] = [
            [], ["a"], ["waiting-time", "renal"], ["quote \" and \\ backslash"], ["slash / stays", "tab\tnew\nline\r"],
            ["\u{1}\u{8}\u{C}\u{1F}", "ünïcødé 診断 🙂", ""],
        ]
        for list in lists {
            XCTAssertEqual(StoreCoding.jsonStringList(list), StoreCoding.json(list), "\(list)")
        }
    }

    func testStringListsReadBackAsWritten() throws {
        let lists: [[String]] = [
            [], ["a"], ["waiting-time", "renal"], [""], ["", ""], ["a\",\"b"], ["quote \" inside"], ["back\\slash"],
            ["comma, inside", "ünïcødé 診断 🙂"], [" spaced "],
        ]
        for list in lists {
            XCTAssertEqual(try StoreCoding.stringList(StoreCoding.jsonStringList(list), entity: "t", id: "1"), list, "\(list)")
        }
        XCTAssertEqual(try StoreCoding.stringList("[\"a\", \"b\"]", entity: "t", id: "1"), ["a", "b"])
        XCTAssertThrowsError(try StoreCoding.stringList("[\"a\",", entity: "t", id: "1"))
    }

    func testBulkInsertIntoAStoreWithEndorsementsStillReplacesThem() throws {
        let store = try StoreFixture.store()
        var first = try XCTUnwrap(try store.insight(id: StoreFixture.id(1)))
        XCTAssertEqual(first.endorsedBy.count, 2)
        first.endorsedBy = ["person:tom-msl"]
        try store.write(actor: "person:mia-msl") { transaction in _ = try transaction.insertInsights([first]) }
        XCTAssertEqual(try store.insight(id: StoreFixture.id(1))?.endorsedBy, ["person:tom-msl"])
    }

    func testBulkInsertWithoutEndorsementsThenAnUpdateWithThem() throws {
        let store = try StoreFixture.emptyStore()
        try store.importDataset(try StoreFixture.reference(), actor: "person:mia-msl")
        let at = StoreFixture.now
        func insight(_ endorsed: [String]) throws -> Insight {
            try Insight(
                id: StoreFixture.id(42), authorID: "person:mia-msl", regionID: "region:north", theme: "unmet-need",
                interactionAt: at, loggedAt: at, whatWasSaid: "Bulk remark", endorsedBy: endorsed)
        }
        try store.write(actor: "person:mia-msl") { transaction in
            _ = try transaction.insertInsights([try insight([]), try insight(["person:tom-msl"]), try insight([])])
        }
        XCTAssertEqual(try store.insight(id: StoreFixture.id(42))?.endorsedBy, [])
    }

    func testRelevanceRanksOnlyTheNewestCandidatesWhenAWordIsVeryCommon() throws {
        let store = try StoreFixture.emptyStore()
        try store.importDataset(try StoreFixture.reference(), actor: "person:mia-msl")
        let total = LiaisonStore.relevanceCandidates + 500
        let insights = try (0..<total).map { number in
            let at = StoreFixture.now.addingTimeInterval(-Double(total - number) * 60)
            // The oldest insights mention the word many times (best BM25 score) but fall
            // outside the candidate set; the newer ones mention it once.
            let text = number < 10 ? "renal renal renal renal renal" : "renal dosing remark \(number)"
            return try Insight(
                id: StoreFixture.id(10_000 + number), authorID: "person:mia-msl", regionID: "region:north",
                theme: "unmet-need", interactionAt: at, loggedAt: at, whatWasSaid: text)
        }
        try store.write(actor: "person:mia-msl") { transaction in _ = try transaction.insertInsights(insights) }
        let hits = try store.searchInsights("renal", limit: 20)
        XCTAssertEqual(hits.count, 20)
        let oldestCandidate = StoreFixture.id(10_000 + total - LiaisonStore.relevanceCandidates)
        let candidateIDs = Set((total - LiaisonStore.relevanceCandidates..<total).map { StoreFixture.id(10_000 + $0) })
        XCTAssertTrue(hits.allSatisfy { candidateIDs.contains($0.insight.id) }, "a hit outside the newest candidates")
        XCTAssertTrue(candidateIDs.contains(oldestCandidate))
        let few = try store.searchInsights("renal renal", limit: 5)
        XCTAssertFalse(few.isEmpty)
    }
}
