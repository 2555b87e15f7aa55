import Foundation
import LiaisonCore
import XCTest

/// Blank text in decisions: only whitespace and line breaks (any Unicode ones) count as blank,
/// as with Foundation's `.whitespacesAndNewlines` the checks used before.
final class CaseWhitespaceTests: XCTestCase {
    private static let blanks = ["", " ", "\n\t\r", "\u{00A0}\u{2003}\u{3000}", "\u{0085}\u{2028}\u{2029}"]
    private static let written = ["x", " why ", "\u{200B}", " \u{0301}", "\n—\n"]

    func testCaseIsEmptyOnlyForBlankArguments() {
        for text in Self.blanks { XCTAssertTrue(Case(argument: text).isEmpty, text.debugDescription) }
        for text in Self.written { XCTAssertFalse(Case(argument: text).isEmpty, text.debugDescription) }
    }

    func testDecidedDecisionRejectsABlankRationale() throws {
        func decided(rationale: String) throws -> Decision {
            try Decision(
                title: "Study entry", topic: .studyEntry, scope: .national, fieldCase: Case(argument: "Field"),
                officeCase: Case(argument: "Office"), resolution: .consensus, decidedBy: "person:md", outcome: "Two sites",
                rationale: rationale, status: .decided, createdBy: "person:md", createdAt: Date(timeIntervalSince1970: 0))
        }
        for text in Self.blanks {
            XCTAssertThrowsError(try decided(rationale: text), text.debugDescription) { error in
                XCTAssertEqual((error as? ValidationError)?.field, "rationale")
            }
        }
        for text in Self.written { XCTAssertNoThrow(try decided(rationale: text), text.debugDescription) }
    }
}
