import Foundation
import XCTest
@testable import LiaisonStore

final class CSVRowTests: XCTestCase {
    private func row(tags: String) throws -> CSVRow {
        let header = try CSVHeader(
            CSVRecord(fields: ["text", "tags"], line: 1), required: ["text"], optional: ["tags"], file: "x.csv")
        return CSVRow(record: CSVRecord(fields: ["hi", tags], line: 2), header: header)
    }

    func testListSplitsTrimsAndDropsEmptyItems() throws {
        XCTAssertEqual(try row(tags: "").list("tags"), [])
        XCTAssertEqual(try row(tags: "a;b;c").list("tags"), ["a", "b", "c"])
        XCTAssertEqual(try row(tags: " a ;\tb\t;; ;c;").list("tags"), ["a", "b", "c"])
        XCTAssertEqual(try row(tags: ";;").list("tags"), [])
        XCTAssertEqual(try row(tags: "one tag").list("tags"), ["one tag"])
    }

    func testListOfUnicodeTagsSplitsByCharacters() throws {
        XCTAssertEqual(try row(tags: "\u{00A0}café ;患者\u{3000};x").list("tags"), ["café", "患者", "x"])
        // A combining accent on the separator makes it another character, as before.
        XCTAssertEqual(try row(tags: "a;\u{0301}b").list("tags"), ["a;\u{0301}b"])
    }
}
