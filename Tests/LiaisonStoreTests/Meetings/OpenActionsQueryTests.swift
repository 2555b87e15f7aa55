import Foundation
import GRDB
import LiaisonCore
import XCTest
@testable import LiaisonStore

/// The dashboard's "my open actions" query reads the actions table through its owner index.
final class OpenActionsQueryTests: XCTestCase {
    func testOpenActionsOfAnOwnerUseTheOwnerIndexAndSkipOtherOwnersAndClosedOnes() throws {
        let store = try StoreFixture.store()
        let plan = try store.read { db in
            try Row.fetchAll(
                db, sql: "EXPLAIN QUERY PLAN " + LiaisonStore.actionsSQL(where: LiaisonStore.openActionsOfOwner),
                arguments: ["person:anna-rmd"]
            ).map { $0["detail"] as String }
        }
        XCTAssertTrue(plan.contains { $0.contains("USING INDEX meeting_action_items_by_owner") }, "\(plan)")
        XCTAssertFalse(plan.contains { $0.hasPrefix("SCAN") }, "no table scan: \(plan)")

        let meeting = try XCTUnwrap(try store.meeting(week: MeetingWeek(containing: StoreFixture.now.addingTimeInterval(-7 * 86_400))))
        let lead: PersonID = "person:clara-md"
        let later = try ActionItem(title: "Later", ownerID: "person:anna-rmd", due: StoreFixture.now.addingTimeInterval(9 * 86_400))
        let done = try ActionItem(title: "Done", ownerID: "person:anna-rmd", due: StoreFixture.now, status: .done)
        let other = try ActionItem(title: "Someone else's", ownerID: "person:bernd-rmd", due: StoreFixture.now)
        let workflow = MeetingWorkflow(store: store, clashSource: FixedClashSource([]))
        try workflow.apply([.addAction(later), .addAction(done), .addAction(other)], to: meeting.id, by: lead)

        let owned = try store.openActions(ownerID: "person:anna-rmd")
        XCTAssertEqual(owned.map(\.action.title), ["Draft compromise", "Later"], "open only, earliest due first")
        XCTAssertEqual(owned.map(\.meetingID), [meeting.id, meeting.id])
    }
}
