import Foundation
import LiaisonApp
import LiaisonCore
import LiaisonStore
import TerminalKit
import XCTest

/// The Meeting screen on the bundled demo dataset, run by the demo's team lead one week
/// after `AppFixture.now` (2026-W48), when the week's meeting does not exist yet: opening
/// the screen creates it with a generated agenda. (The demo already holds the meeting of
/// `AppFixture.now`'s week.)
enum MeetingFixture {
    /// The demo's team lead, who runs the weekly meeting.
    static let lead: PersonID = "person:ralf-zimmermann"
    /// Friday 2026-11-27T16:00:00Z.
    static let now = AppFixture.now.addingTimeInterval(7 * 86_400)
    /// The week of `now`.
    static let week = MeetingWeek(containing: now)

    /// The demo store with the clock at `now`, acting as `person` (nil: nobody picked).
    static func environment(as person: PersonID?) throws -> AppEnvironment {
        let dataset = try AppFixture.demoDataset()
        guard !dataset.regions.isEmpty else { throw XCTSkip("the bundled demo dataset is empty") }
        let store = try AppFixture.demoStore()
        let settings = try AppFixture.clashSettings()
        let now = now
        return AppEnvironment(
            store: store, person: try person.flatMap { try store.person(id: $0) }, clock: { now }, theme: .dark,
            taxonomy: try AppFixture.taxonomy(), compliance: try AppFixture.compliance(), roles: settings.roles,
            clashes: try ClashService(store: store, settings: settings, now: now))
    }

    /// A driver on the Meeting tab with this week's meeting opened.
    static func driver(as person: PersonID = lead, width: Int = 80, height: Int = 24) throws -> AppDriver {
        var driver = AppDriver(env: try environment(as: person), width: width, height: height)
        driver.press(.char(Character("\(Screen.meeting.number)")))
        driver.settleMeeting()
        XCTAssertNotNil(driver.state.meeting.meeting, driver.state.meeting.error ?? "the meeting did not open")
        return driver
    }

    /// The meeting of the week as stored now.
    static func stored(_ driver: AppDriver) throws -> Meeting {
        try XCTUnwrap(try driver.env.store.meeting(week: week))
    }
}

extension AppDriver {
    /// Runs the loads the Meeting screen asked for through `MeetingLoader`, delivering each
    /// result, until nothing more is asked.
    mutating func settleMeeting() {
        var rounds = 0
        while !state.meeting.outbox.isEmpty && rounds < 20 {
            rounds += 1
            let messages = state.meeting.outbox.map { AppMessage.meeting(MeetingLoader.perform($0, env: env)) }
            for message in messages { deliver(message) }
        }
    }

    /// Presses each key, running the Meeting screen's loads after each.
    mutating func pressMeeting(_ keys: Key...) {
        for key in keys {
            send(.key(key))
            settleMeeting()
        }
    }

    /// Presses Backspace `count` times.
    mutating func erase(_ count: Int) {
        for _ in 0..<count { send(.key(.backspace)) }
    }
}
