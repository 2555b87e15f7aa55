import Foundation
@testable import LiaisonApp
import LiaisonCore
import TerminalKit
import XCTest

/// The touchpoint timeline of the HCP profile: lanes per function, week columns, the
/// summary line, and the profile of a noisy HCP in the demo dataset.
final class TouchpointTimelineTests: XCTestCase {
    private let now = AppFixture.now
    private let digitalHCP = try! HCP(
        id: "hcp:t01", name: "Dr. Timeline", specialty: "Cardiology", institutionID: "inst:t01", regionID: "region:north",
        tier: .regional, channelPreference: .digital, faceToFaceAccess: .open, contactConsent: true)

    /// Touchpoints spread over the window: a noisy last fortnight and a few older ones,
    /// one outside the window.
    private func touchpoints() throws -> [Touchpoint] {
        let rows: [(Double, TouchpointFunction, InteractionChannel)] = [
            (0.5, .msl, .remote), (1, .sales, .faceToFace), (2, .marketing, .email), (3, .sales, .phone),
            (4, .medicalInformation, .email), (6, .sales, .remote), (9, .msl, .faceToFace), (10, .marketing, .event),
            (12, .sales, .remote), (20, .marketAccess, .email), (33, .msl, .remote), (47, .sales, .faceToFace),
            (61, .marketing, .email), (83, .msl, .remote), (95, .sales, .faceToFace),
        ]
        return try rows.enumerated().map { index, row in
            try Touchpoint(id: AppFixture.uuid(8000 + index), hcpID: digitalHCP.id,
                           date: now.addingTimeInterval(-row.0 * 86_400), function: row.1, channel: row.2, topic: "Topic \(index)")
        }
    }

    private func render(width: Int) throws -> [String] {
        let timeline = TouchpointTimeline(touchpoints: try touchpoints(), now: now, hcp: digitalHCP, theme: .dark)
        var buffer = Buffer(width: width, height: TouchpointTimeline.height)
        timeline.render(in: Rect(x: 0, y: 0, width: width, height: TouchpointTimeline.height), buffer: &buffer)
        return buffer.lines()
    }

    func testTimelineAt76Columns() throws {
        let lines = try render(width: 76)
        XCTAssertNil(GoldenFile.mismatch(lines, named: "timeline-76"))
        XCTAssertEqual(lines[0].trimmingCharacters(in: .whitespaces), "9 touchpoints from 4 functions in 14 days · 14 in 90 days")
        XCTAssertTrue(lines[6].contains("! face-to-face against preference"), lines[6])
    }

    func testTimelineAt30Columns() throws {
        let lines = try render(width: 30)
        XCTAssertNil(GoldenFile.mismatch(lines, named: "timeline-30"))
        XCTAssertEqual(lines.count, TouchpointTimeline.height)
    }

    func testLanesCountTheTouchpointsOfEachFunction() throws {
        let timeline = TouchpointTimeline(touchpoints: try touchpoints(), now: now, hcp: digitalHCP, theme: .dark)
        let lanes = timeline.lanes()
        func total(_ function: TouchpointFunction) -> Int { lanes[function, default: [:]].values.reduce(0) { $0 + $1.count } }
        XCTAssertEqual(total(.msl), 4)
        XCTAssertEqual(total(.sales), 5, "the sales visit 95 days ago is outside the window")
        XCTAssertEqual(total(.marketing), 3)
        XCTAssertEqual(total(.medicalInformation), 1)
        XCTAssertEqual(total(.marketAccess), 1)
        XCTAssertEqual(lanes[.sales]?[0]?.count, 3, "three sales touchpoints in the last 7 days")
        XCTAssertEqual(lanes[.sales]?[1]?.count, 1)
        XCTAssertEqual(lanes[.msl]?[11]?.count, 1, "83 days ago is week 11")
    }

    func testFaceToFaceWithADigitalHCPIsMarkedAsWarning() throws {
        let timeline = TouchpointTimeline(touchpoints: try touchpoints(), now: now, hcp: digitalHCP, theme: .dark)
        var buffer = Buffer(width: 76, height: TouchpointTimeline.height)
        timeline.render(in: Rect(x: 0, y: 0, width: 76, height: TouchpointTimeline.height), buffer: &buffer)
        let salesRow = 1 + TouchpointFunction.allCases.firstIndex(of: .sales)!
        let line = buffer.line(row: salesRow)
        let lastCell = line.index(line.startIndex, offsetBy: TouchpointTimeline.labelWidth + 12 * 4)
        XCTAssertEqual(String(line[lastCell...].prefix(2)), "3!")
        let runs = buffer.styleRuns(row: salesRow)
        XCTAssertTrue(runs.contains { $0.range.contains(TouchpointTimeline.labelWidth + 12 * 4) && $0.style == Palette.dark.warning })
        var mixed = digitalHCP
        mixed.channelPreference = .mixed
        XCTAssertFalse(TouchpointTimeline.isAgainstPreference(.faceToFace, hcp: mixed))
        XCTAssertTrue(TouchpointTimeline.isAgainstPreference(.faceToFace, hcp: digitalHCP))
        XCTAssertFalse(TouchpointTimeline.isAgainstPreference(.remote, hcp: digitalHCP))
    }

    func testLoaderReadsTheWindowInBoundedKeysetPages() throws {
        let store = try AppFixture.store()
        for var touchpoint in try touchpoints() {
            touchpoint.hcpID = "hcp:h01"
            try store.insertTouchpoint(touchpoint, by: "person:fixture")
        }
        let (loaded, truncated) = try PeopleLoader.timeline(store: store, id: "hcp:h01", now: now)
        XCTAssertEqual(loaded.count, 14, "the touchpoint 95 days ago is not read")
        XCTAssertFalse(truncated)
        XCTAssertEqual(loaded.map(\.date), loaded.map(\.date).sorted(by: >))
    }

    private func demoProfile(width: Int, height: Int) throws -> AppDriver {
        var driver = AppDriver(env: try AppFixture.environment(store: try AppFixture.demoStore()), width: width, height: height)
        driver.press(.char(Character(String(Screen.people.number))))
        driver.settleScreens()
        driver.press(.char("/"))
        driver.type("Pia Engelhardt")
        driver.press(.enter)
        driver.settleScreens()
        driver.press(.enter)
        driver.settleScreens()
        XCTAssertEqual(driver.state.people.profile?.hcp.id, "hcp:h0197")
        return driver
    }

    func testNoisyDemoHCPProfile80x24() throws {
        let driver = try demoProfile(width: 80, height: 24)
        XCTAssertNil(GoldenFile.mismatch(driver.render(), named: "timeline-profile-h0197-80x24"))
        XCTAssertTrue(driver.screenText.contains("Market access"))
        XCTAssertTrue(driver.screenText.contains("Touchpoints ("), "the touchpoint list stays visible at 80×24")
    }

    func testNoisyDemoHCPProfile160x48() throws {
        let driver = try demoProfile(width: 160, height: 48)
        XCTAssertNil(GoldenFile.mismatch(driver.render(), named: "timeline-profile-h0197-160x48"))
        XCTAssertTrue(driver.screenText.contains("Med. info"))
    }
}
