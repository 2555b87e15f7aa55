import Foundation
import LiaisonCore
import XCTest
@testable import LiaisonStore

final class InsightLifecycleTests: XCTestCase {
    private var store: LiaisonStore!

    override func setUpWithError() throws {
        store = try StoreFixture.store()
    }

    func testFullLifecycleFromDraftToClosed() throws {
        let draft = StoreFixture.id(7)
        XCTAssertEqual(try store.submitInsight(draft, by: "person:mia-msl").status, .submitted)
        XCTAssertEqual(try store.reviewInsight(draft, by: "person:anna-rmd").status, .reviewed)
        let link = InsightLink(target: .objective, reference: "plan:north-2027-h1#obj:access")
        let actioned = try store.linkInsight(draft, to: link, by: "person:anna-rmd")
        XCTAssertEqual(actioned.status, .actioned)
        XCTAssertEqual(actioned.link, link)
        XCTAssertEqual(try store.closeInsight(draft, by: "person:clara-md").status, .closed)
        XCTAssertEqual(try store.insight(id: draft)?.status, .closed)
        let trail = try store.auditLog(entity: "insight", entityID: draft.uuidString).items
        XCTAssertEqual(trail.count, 4)
        XCTAssertTrue(trail.allSatisfy { $0.action == .transition })
    }

    func testPolicyRefusalsChangeNothing() throws {
        let submitted = StoreFixture.id(2)
        let audit = try store.auditCount()
        XCTAssertThrowsError(try store.reviewInsight(submitted, by: "person:tom-msl")) { error in
            XCTAssertEqual((error as? ValidationError)?.field, "status")
        }
        XCTAssertThrowsError(try store.reviewInsight(submitted, by: "person:bernd-rmd"))  // other region
        XCTAssertThrowsError(try store.closeInsight(submitted, by: "person:anna-rmd"))    // not reviewed yet
        XCTAssertThrowsError(try store.submitInsight(StoreFixture.id(7), by: "person:tom-msl"))  // not the author
        XCTAssertThrowsError(try store.endorseInsight(submitted, by: "person:mia-msl"))  // own insight
        XCTAssertThrowsError(try store.reviewInsight(StoreFixture.id(8), by: "person:anna-rmd"))  // archived is final
        XCTAssertThrowsError(try store.reviewInsight(submitted, by: "person:nobody"))
        XCTAssertThrowsError(try store.reviewInsight(StoreFixture.id(999), by: "person:anna-rmd")) { error in
            XCTAssertEqual(error as? StoreError, .notFound(entity: "insight", id: StoreFixture.id(999).uuidString))
        }
        XCTAssertEqual(try store.insight(id: submitted)?.status, .submitted)
        XCTAssertEqual(try store.auditCount(), audit)
    }

    func testLinkNeedsAnExistingTarget() throws {
        let reviewed = StoreFixture.id(4)
        XCTAssertThrowsError(try store.linkInsight(reviewed, to: InsightLink(target: .objective, reference: "plan:north-2027-h1#obj:nothing"), by: "person:anna-rmd"))
        XCTAssertThrowsError(try store.linkInsight(reviewed, to: InsightLink(target: .decision, reference: UUID().uuidString), by: "person:anna-rmd"))
        XCTAssertThrowsError(try store.perform(.link, on: reviewed, by: "person:anna-rmd"))
        let decision = InsightLink(target: .decision, reference: StoreFixture.id(101).uuidString)
        XCTAssertEqual(try store.linkInsight(reviewed, to: decision, by: "person:anna-rmd").status, .actioned)
        let tactic = try store.insight(id: reviewed)
        XCTAssertEqual(tactic?.link, decision)
    }

    func testEndorseAddsTheColleagueOnce() throws {
        let insight = try store.endorseInsight(StoreFixture.id(2), by: "person:tom-msl")
        XCTAssertEqual(insight.endorsedBy, ["person:tom-msl"])
        XCTAssertEqual(try store.insight(id: StoreFixture.id(2))?.endorsedBy, ["person:tom-msl"])
        XCTAssertThrowsError(try store.endorseInsight(StoreFixture.id(2), by: "person:tom-msl"))
    }

    func testLinkSimilarGroupsUnderAParent() throws {
        let child = try store.linkSimilar(StoreFixture.id(3), under: StoreFixture.id(2), by: "person:tom-msl")
        XCTAssertEqual(child.parentID, StoreFixture.id(2))
        let grouped = try store.insights(matching: InsightQuery(parentID: StoreFixture.id(2))).items
        XCTAssertEqual(grouped.map(\.id), [StoreFixture.id(3)])
        XCTAssertThrowsError(try store.linkSimilar(StoreFixture.id(3), under: StoreFixture.id(3), by: "person:tom-msl"))
        XCTAssertThrowsError(try store.linkSimilar(StoreFixture.id(3), under: StoreFixture.id(998), by: "person:tom-msl"))
    }

    func testArchiveByAuthor() throws {
        XCTAssertEqual(try store.archiveInsight(StoreFixture.id(1), by: "person:mia-msl").status, .archived)
        XCTAssertThrowsError(try store.submitInsight(StoreFixture.id(1), by: "person:mia-msl"))
    }
}

final class InsightDraftTests: XCTestCase {
    func testDraftsAreSavedRepeatedlyAndScannedOnSubmit() throws {
        let checker = ComplianceChecker(restricted: [RestrictedTerm(term: "cures", category: "promotional", reason: "claims")])
        let store = try StoreFixture.store(compliance: checker)
        var draft = try Insight(
            id: StoreFixture.id(700), authorID: "person:tom-msl", regionID: "region:north", theme: "unmet-need",
            interactionAt: StoreFixture.now, loggedAt: StoreFixture.now, whatWasSaid: "She says it cures", status: .draft)
        try store.saveDraft(draft, by: "person:tom-msl")
        draft.whatWasSaid = "She says it cures everything"
        try store.saveDraft(draft, by: "person:tom-msl")
        XCTAssertEqual(try store.drafts(authorID: "person:tom-msl"), [draft])
        XCTAssertThrowsError(try store.submitInsight(draft.id, by: "person:tom-msl")) { error in
            XCTAssertEqual((error as? ValidationError)?.field, "text")
        }
        XCTAssertEqual(try store.insight(id: draft.id)?.status, .draft)
        draft.whatWasSaid = "She asks whether it helps older patients"
        try store.saveDraft(draft, by: "person:tom-msl")
        XCTAssertEqual(try store.submitInsight(draft.id, by: "person:tom-msl").status, .submitted)
        XCTAssertThrowsError(try store.saveDraft(draft, by: "person:tom-msl"))  // no longer a draft
        XCTAssertThrowsError(try store.saveDraft(draft, by: "person:mia-msl"))  // not the author
    }
}
