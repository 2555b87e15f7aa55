import Foundation
import LiaisonApp
import LiaisonCore
import LiaisonStore
import XCTest

/// The detail pane lists at most `evidenceLimit` evidence lines per item (an overflow item
/// cites every clash it stands for), and they are named when the item is selected, not all
/// when the meeting opens.
final class MeetingEvidenceLimitTests: XCTestCase {
    func testTheSelectedItemsListedEvidenceIsNamedAndNoMore() throws {
        var driver = try MeetingFixture.driver()
        let meeting = try XCTUnwrap(driver.state.meeting.meeting)
        let insights = try driver.env.store.insights(matching: InsightQuery(), limit: 25).items.map(\.id.uuidString)
        XCTAssertEqual(insights.count, 25, "the demo has 25 insights to cite")
        let item = AgendaItem(source: AgendaItemKind.free.rawValue, title: "Many citations", evidence: insights, timeBoxMinutes: 5)
        try MeetingLoader.workflow(driver.env, now: MeetingFixture.now)
            .apply([.addItem(item)], to: meeting.id, by: MeetingFixture.lead)
        driver.deliver(.meeting(MeetingLoader.perform(.open(by: MeetingFixture.lead), env: driver.env)))
        driver.settleMeeting()
        XCTAssertTrue(insights.allSatisfy { driver.state.meeting.evidence[$0] == nil }, "named before it was selected")

        for _ in 0..<meeting.agenda.count { driver.pressMeeting(.char("j")) }
        XCTAssertEqual(driver.state.meeting.selectedItem?.title, "Many citations")
        XCTAssertEqual(insights.filter { driver.state.meeting.evidence[$0] != nil }, Array(insights.prefix(20)))
    }
}
