import XCTest
@testable import TerminalKit

final class FuzzyMatcherTests: XCTestCase {
    let matcher = FuzzyMatcher()

    func testNonSubsequenceDoesNotMatch() {
        XCTAssertNil(matcher.match("xyz", in: "alphabet"))
        XCTAssertNil(matcher.match("ba", in: "ab"))
    }

    func testEmptyQueryMatchesEverything() {
        XCTAssertEqual(matcher.match("", in: "anything"), FuzzyMatch(score: 0, indices: []))
    }

    func testIndicesPreferConsecutiveRun() throws {
        let match = try XCTUnwrap(matcher.match("bar", in: "b_a_r_bar"))
        XCTAssertEqual(match.indices, [6, 7, 8])
    }

    func testIndicesPreferWordStarts() throws {
        let match = try XCTUnwrap(matcher.match("fb", in: "xfoo_bar"))
        XCTAssertEqual(match.indices, [1, 5])
        let camel = try XCTUnwrap(matcher.match("sr", in: "sourceReader"))
        XCTAssertEqual(camel.indices, [0, 6])
    }

    func testIndicesCountGraphemesNotScalars() throws {
        let match = try XCTUnwrap(matcher.match("do", in: "👩‍⚕️ doctor"))
        XCTAssertEqual(match.indices, [2, 3])
    }

    func testSmartCase() {
        XCTAssertNotNil(matcher.match("abc", in: "ABC"))
        XCTAssertNil(matcher.match("Abc", in: "abc"))
        XCTAssertNotNil(matcher.match("Abc", in: "xAbc"))
    }

    func testAccentsAreIgnored() throws {
        XCTAssertEqual(try XCTUnwrap(matcher.match("muller", in: "Dr. Müller")).indices, [4, 5, 6, 7, 8, 9])
        XCTAssertNotNil(matcher.match("Muller", in: "Müller"))
        XCTAssertNotNil(matcher.match("müller", in: "Dr. Muller"))
        XCTAssertNil(matcher.match("Muller", in: "müller"))
        XCTAssertNotNil(matcher.match("klinik", in: "Universitätsklinikum"))
    }

    func testRankingFavoursConsecutiveAndWordStartMatches() {
        let candidates = ["a_b_c_d", "the abcd file", "xxabcdxx", "abcd", "Aardvark Big Cat Dog"]
        let ranked = matcher.filter("abcd", candidates: candidates).map { candidates[$0.index] }
        XCTAssertEqual(ranked.first, "abcd")
        XCTAssertEqual(ranked[1], "the abcd file")
        XCTAssertEqual(ranked.last, "Aardvark Big Cat Dog", "long gaps cost more than word starts earn")
        XCTAssertEqual(ranked.count, 5)
    }

    func testFilterDropsNonMatchesAndKeepsOrderOnTies() {
        let hits = matcher.filter("ab", candidates: ["zz", "ab", "ab", "xyz"])
        XCTAssertEqual(hits.map(\.index), [1, 2])
    }

    func testGapsCostScore() throws {
        let tight = try XCTUnwrap(matcher.match("ac", in: "abc"))
        let loose = try XCTUnwrap(matcher.match("ac", in: "abbbbbc"))
        XCTAssertGreaterThan(tight.score, loose.score)
    }
}
