import Foundation
import LiaisonStore
import XCTest

/// `form_drafts`: saves that finish out of order never replace newer text, and a discarded
/// draft stays gone.
final class FormDraftStoreTests: XCTestCase {
    private let person = "person:anna-keller"

    func testAnOlderSaveArrivingLateIsIgnored() throws {
        let store = try AppFixture.store(empty: true)
        XCTAssertTrue(try store.saveFormDraft(personID: person, kind: "log-insight", payload: "two", revision: 2))
        XCTAssertFalse(try store.saveFormDraft(personID: person, kind: "log-insight", payload: "one", revision: 1))
        XCTAssertEqual(try store.formDraft(personID: person, kind: "log-insight")?.payload, "two")
        XCTAssertNil(try store.formDraft(personID: "person:ben-novak", kind: "log-insight"))
    }

    func testADiscardedDraftCannotBeRevivedByASaveInFlight() throws {
        let store = try AppFixture.store(empty: true)
        try store.saveFormDraft(personID: person, kind: "log-insight", payload: "typed", revision: 3)
        try store.discardFormDraft(personID: person, kind: "log-insight", revision: 4)
        XCTAssertFalse(try store.saveFormDraft(personID: person, kind: "log-insight", payload: "late", revision: 4))
        XCTAssertNil(try store.formDraft(personID: person, kind: "log-insight"))
        XCTAssertEqual(try store.formDraftRevision(personID: person, kind: "log-insight"), 4)
        XCTAssertTrue(try store.saveFormDraft(personID: person, kind: "log-insight", payload: "next", revision: 5))
        XCTAssertEqual(try store.formDraft(personID: person, kind: "log-insight")?.payload, "next")
    }
}
