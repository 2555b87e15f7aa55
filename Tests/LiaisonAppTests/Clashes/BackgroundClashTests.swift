import Foundation
import LiaisonApp
import LiaisonCore
import LiaisonStore
import TerminalKit
import XCTest

/// The TUI starts before its clashes are computed: the screens that need them say so, writes
/// made meanwhile are not lost, and everything refreshes once the computation is done.
final class BackgroundClashTests: XCTestCase {
    /// A driver on the demo store whose clashes are still to be computed.
    private func computingDriver(width: Int = 160, height: Int = 48) throws -> (AppDriver, ClashServiceHandle) {
        var driver = try ClashFixture.driver(width: width, height: height)
        let handle = ClashServiceHandle(settings: try AppFixture.clashSettings())
        var env = driver.env
        env.clashHandle = handle
        driver = AppDriver(env: env, width: width, height: height)
        return (driver, handle)
    }

    func testScreensSayComputingUntilTheClashesAreReady() throws {
        var (driver, handle) = try computingDriver()
        XCTAssertTrue(driver.env.clashesComputing)
        try driver.loadDashboard()
        let tiles = try XCTUnwrap(driver.state.dashboard.data?.tiles)
        XCTAssertFalse(tiles.isEmpty)
        XCTAssertTrue(tiles.allSatisfy { $0.openClashes == DashboardLoader.computingClashes })
        XCTAssertTrue(driver.screenText.contains(DashboardLoader.computingClashes))

        driver.pressAndSettle(.char("5"))
        XCTAssertTrue(driver.screenText.contains("Computing clashes…"), driver.screenText)
        XCTAssertNil(driver.state.clashes.data)

        handle.compute(store: driver.env.store, now: AppFixture.now)
        XCTAssertFalse(driver.env.clashesComputing)
        driver.deliver(.chrome(.clashesComputed))
        driver.settleClashScreens()
        let service = try XCTUnwrap(driver.env.clashes)
        XCTAssertFalse(service.clashes().isEmpty)
        XCTAssertEqual(driver.state.clashes.data?.statuses.count, service.current().count)
        XCTAssertFalse(driver.screenText.contains("Computing clashes…"))

        driver.press(.char("1"))
        try driver.loadDashboard()
        let north = try XCTUnwrap(driver.state.dashboard.data?.tiles.first { $0.region.id == "region:north" }?.openClashes)
        XCTAssertTrue(north.contains("critical"), north)
    }

    func testAWriteMadeWhileComputingIsReflectedOnceReady() throws {
        let (driver, handle) = try computingDriver()
        let store = driver.env.store
        let insight = try XCTUnwrap(store.insights(matching: InsightQuery(regionID: "region:north", statuses: [.submitted]), limit: 1).items.first)
        let message = InsightsLoader.perform(
            .perform(.archive, id: insight.id, person: ClashFixture.northRMD, link: nil, parent: nil), store: store, clashes: handle)
        guard case .performed = message else { return XCTFail("archiving failed: \(message)") }

        handle.compute(store: store, now: AppFixture.now)
        let service = try XCTUnwrap(handle.service)
        let fresh = try ClashService(store: store, settings: service.settings, now: AppFixture.now)
        XCTAssertEqual(service.currentSnapshot.themeActivity, fresh.currentSnapshot.themeActivity)
        XCTAssertEqual(service.clashes(), fresh.clashes())
    }

    func testRefreshesQueuedWhileComputingRunOnceOnTheNewService() throws {
        let store = try AppFixture.demoStore()
        let handle = ClashServiceHandle(settings: try AppFixture.clashSettings())
        let seen = RefreshLog()
        try handle.refresh { seen.record($0) }
        try handle.refresh { seen.record($0) }
        XCTAssertEqual(seen.count, 0, "nothing runs before the service exists")

        handle.compute(store: store, now: AppFixture.now)
        let service = try XCTUnwrap(handle.service)
        XCTAssertEqual(seen.count, 2)
        XCTAssertTrue(seen.all { $0 === service })

        try handle.refresh { seen.record($0) }
        XCTAssertEqual(seen.count, 3, "once ready a refresh runs at once")
        handle.compute(store: store, now: AppFixture.now)
        XCTAssertTrue(handle.service === service, "computing again does nothing")
    }

    func testAScreenShownAgainKeepsItsDataUntilTheDataChanges() throws {
        var driver = try ClashFixture.driver(width: 160, height: 48)
        driver.press(.char("3"))
        let loaded = driver.state.insights.generation
        XCTAssertGreaterThan(loaded, 0, "the first visit loads")
        driver.press(.char("1"), .char("3"))
        XCTAssertEqual(driver.state.insights.generation, loaded, "a second visit keeps what was loaded")
        driver.press(.char("1"))
        driver.deliver(.chrome(.clashesComputed))
        driver.press(.char("3"))
        XCTAssertGreaterThan(driver.state.insights.generation, loaded, "a visit after a change reloads")
    }
}

/// Which services queued refreshes ran on (refreshes are `@Sendable`).
private final class RefreshLog: @unchecked Sendable {
    private let lock = NSLock()
    private var services: [ClashService] = []

    func record(_ service: ClashService) {
        lock.lock()
        services.append(service)
        lock.unlock()
    }

    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return services.count
    }

    func all(_ predicate: (ClashService) -> Bool) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return services.allSatisfy(predicate)
    }
}

extension BackgroundClashTests {
    func testThisWeeksMeetingIsPreloadedWhenItExistsAndNeverCreatedByThePreload() throws {
        var driver = try ClashFixture.driver()
        XCTAssertTrue(try driver.env.store.hasMeeting(week: MeetingWeek(containing: driver.env.clock())), "the demo has this week's meeting")
        driver.deliver(.chrome(.clashesComputed))
        XCTAssertFalse(driver.state.meeting.outbox.isEmpty, "the existing meeting is loaded in the background")
        driver.settleMeeting()
        XCTAssertNotNil(driver.state.meeting.meeting)

        var later = AppDriver(env: try MeetingFixture.environment(as: MeetingFixture.lead), width: 160, height: 48)
        XCTAssertFalse(try later.env.store.hasMeeting(week: MeetingFixture.week))
        later.deliver(.chrome(.clashesComputed))
        XCTAssertTrue(later.state.meeting.outbox.isEmpty, "a missing meeting waits for the user")
        later.settleMeeting()
        XCTAssertFalse(try later.env.store.hasMeeting(week: MeetingFixture.week))
    }

    func testTheMeetingWaitsForTheSessionClashesInsteadOfComputingItsOwn() throws {
        let (driver, handle) = try computingDriver()
        let env = driver.env
        let waiting = expectation(description: "meeting clash source")
        let box = SourceBox()
        DispatchQueue.global().async {
            box.source = try? MeetingLoader.workflow(env, now: AppFixture.now).clashSource
            waiting.fulfill()
        }
        handle.compute(store: env.store, now: AppFixture.now)
        wait(for: [waiting], timeout: 30)
        let service = try XCTUnwrap(handle.service)
        XCTAssertTrue(box.source as AnyObject === service, "the meeting must use the session's service")
    }
}

extension BackgroundClashTests {
    func testTheMeetingComputesTheSessionClashesWhenTheAppHasNotStartedYet() throws {
        let (driver, handle) = try computingDriver()
        let env = driver.env
        let opened = expectation(description: "meeting clash source without a started computation")
        let box = SourceBox()
        DispatchQueue.global().async {
            box.source = try? MeetingLoader.workflow(env, now: AppFixture.now).clashSource
            opened.fulfill()
        }
        wait(for: [opened], timeout: 30)
        let service = try XCTUnwrap(handle.service, "the meeting must not wait for a computation nobody started")
        XCTAssertTrue(box.source as AnyObject === service)
        handle.compute(store: env.store, now: AppFixture.now)
        XCTAssertTrue(handle.service === service, "a later compute call must not compute again")
    }
}

/// Carries a value out of a background closure in a test.
private final class SourceBox: @unchecked Sendable {
    var source: (any ClashSource)?
}

