import Foundation
import LiaisonApp
import LiaisonCore
import LiaisonStore
import XCTest

/// An agenda item citing many things (an overflow item lists every clash it stands for) is
/// named only as far as the detail pane lists it, so opening the meeting does not name
/// thousands of clashes.
final class MeetingEvidenceLimitTests: XCTestCase {
    func testOnlyTheListedEvidenceIsNamed() throws {
        let driver = try ClashFixture.driver(as: ClashFixture.director)
        let env = driver.env
        let meeting = try MeetingLoader.open(env: env, by: ClashFixture.director).meeting
        let insights = try env.store.insights(matching: InsightQuery(), limit: 25).items.map(\.id.uuidString)
        XCTAssertEqual(insights.count, 25, "the demo has 25 insights to cite")
        let item = AgendaItem(source: AgendaItemKind.free.rawValue, title: "Many citations", evidence: insights, timeBoxMinutes: 5)
        try MeetingLoader.workflow(env, now: AppFixture.now).apply([.addItem(item)], to: meeting.id, by: ClashFixture.director)

        let reopened = try MeetingLoader.open(env: env, by: ClashFixture.director)
        let named = insights.filter { reopened.evidence[$0] != nil }
        XCTAssertEqual(named, Array(insights.prefix(20)))
    }
}
