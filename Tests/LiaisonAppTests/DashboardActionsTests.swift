import Foundation
import LiaisonApp
import LiaisonCore
import LiaisonStore
import TerminalKit
import XCTest

/// The "me" panel lists the open meeting actions the signed-in person owns.
final class DashboardActionsTests: XCTestCase {
    private let day: TimeInterval = 86_400

    /// The fixture store with a meeting in the week before `AppFixture.now` that gave the MSL
    /// one overdue action, two open ones and one done, and someone else one open action.
    private func storeWithActions() throws -> LiaisonStore {
        let store = try AppFixture.store()
        let me = AppFixture.mslID
        let now = AppFixture.now
        let week = MeetingWeek(containing: now.addingTimeInterval(-7 * day))
        let workflow = MeetingWorkflow(store: store, clashSource: FixedClashSource([]))
        let meeting = try workflow.open(week: week, now: now.addingTimeInterval(-7 * day), by: me).meeting
        let other = try XCTUnwrap(try store.people().first { $0.id != me })
        try workflow.apply([
            .addAction(try ActionItem(title: "Send the feasibility data for the registry", ownerID: me, due: now.addingTimeInterval(-2 * day))),
            .addAction(try ActionItem(title: "Book the advisory board room", ownerID: me, due: now.addingTimeInterval(4 * day))),
            .addAction(try ActionItem(title: "Share the revised north plan", ownerID: me, due: now.addingTimeInterval(9 * day))),
            .addAction(try ActionItem(title: "Already sent", ownerID: me, due: now.addingTimeInterval(-3 * day), status: .done)),
            .addAction(try ActionItem(title: "Not mine", ownerID: other.id, due: now)),
        ], to: meeting.id, by: me)
        return store
    }

    func testTheLoaderListsTheOwnersOpenActionsEarliestDueFirst() throws {
        let store = try storeWithActions()
        let anna = try XCTUnwrap(try store.person(id: AppFixture.mslID))
        let me = try XCTUnwrap(try DashboardLoader.load(
            store: store, person: anna, now: AppFixture.now, taxonomy: try AppFixture.taxonomy()).me)
        XCTAssertEqual(me.openActions.map(\.action.title), [
            "Send the feasibility data for the registry", "Book the advisory board room", "Share the revised north plan",
        ])
        XCTAssertEqual(me.openActions.map { $0.isOverdue(at: me.asOf) }, [true, false, false])
        XCTAssertEqual(Set(me.openActions.map(\.meetingWeek)), ["2026-W46"])
        XCTAssertEqual(me.asOf, AppFixture.now)
    }

    func testThePanelShowsWhatFitsAtEightyByTwentyFourAndCountsTheRest() throws {
        var driver = AppDriver(env: try AppFixture.environment(store: try storeWithActions()), width: 80, height: 24)
        try driver.loadDashboard()
        XCTAssertNil(GoldenFile.mismatch(driver.render(), named: "dashboard-actions-80x24"))
        let lines = driver.render()
        let heading = try XCTUnwrap(lines.firstIndex { $0.contains("My open actions") })
        XCTAssertTrue(lines[heading].contains("+2 more"), lines[heading])
        XCTAssertTrue(lines[heading + 1].contains("11-18 Send the feasibility"), lines[heading + 1])
        XCTAssertTrue(lines[heading + 1].contains("overdue · from W46"), lines[heading + 1])
        XCTAssertTrue(lines[heading + 2].contains("My insights — what became of them"), lines[heading + 2])
        XCTAssertFalse(driver.screenText.contains("Not mine"))
        XCTAssertFalse(driver.screenText.contains("Already sent"))

        driver.click(x: 5, y: heading + 1)
        XCTAssertEqual(driver.state.screen, .dashboard, "an action row opens nothing")
        driver.click(x: 5, y: heading + 3)
        XCTAssertEqual(driver.state.screen, .insights, "the first insight row, moved down under the actions")
    }

    func testTheWidePanelListsEveryActionWithItsMeetingWeek() throws {
        var driver = AppDriver(env: try AppFixture.environment(store: try storeWithActions()), width: 160, height: 48)
        try driver.loadDashboard()
        XCTAssertNil(GoldenFile.mismatch(driver.render(), named: "dashboard-actions-160x48"))
        let text = driver.screenText
        XCTAssertFalse(text.contains("more"), "every action fits")
        XCTAssertTrue(text.contains("overdue · from 2026-W46"), text)
        XCTAssertTrue(text.contains("11-24 Book the advisory board room"), text)
    }
}
