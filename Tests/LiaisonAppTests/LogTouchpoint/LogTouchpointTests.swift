import Foundation
@testable import LiaisonApp
import LiaisonCore
import LiaisonStore
import TerminalKit
import XCTest

/// The touchpoint form: opened from the `:` palette, the HCP picked with the log form's
/// picker, saved through the clash service; required fields and bad times refused.
final class LogTouchpointTests: XCTestCase {
    override func setUp() {
        NSTimeZone.default = TimeZone(identifier: "UTC")!
    }

    private func openForm(width: Int = 80, height: Int = 24) async throws -> (EffectRunningDriver, LiaisonStore) {
        let store = try AppFixture.store()
        var driver = await EffectRunningDriver(env: try AppFixture.environment(store: store), width: width, height: height)
        await driver.type(":")
        await driver.type("log touch")
        await driver.press(.enter)
        XCTAssertNotNil(driver.state.logTouchpoint?.choices, "“Log touchpoint” in the palette opens the form")
        return (driver, store)
    }

    private func touchpoints(_ store: LiaisonStore, hcp: HCPID) throws -> [Touchpoint] {
        try store.touchpoints(hcpID: hcp, limit: 100).items
    }

    func testPaletteOpensTheFormGolden() async throws {
        for (width, height) in [(80, 24), (160, 48)] {
            let (driver, _) = try await openForm(width: width, height: height)
            XCTAssertTrue(driver.screenText.contains("Log touchpoint"), driver.screenText)
            XCTAssertTrue(driver.screenText.contains("MSL"), "function defaults to MSL")
            if let report = GoldenFile.mismatch(driver.render(), named: "log-touchpoint-\(width)x\(height)") { XCTFail(report) }
        }
    }

    func testPickedHCPTopicAndTimeAreSavedAndTheClashesKnow() async throws {
        var (driver, store) = try await openForm()
        XCTAssertEqual(try touchpoints(store, hcp: "hcp:h11"), [])
        await driver.type("south one")
        XCTAssertNotNil(driver.state.logTouchpoint?.picker, "typing on the HCP field opens the shared picker")
        await driver.press(.enter)
        XCTAssertEqual(driver.state.logTouchpoint?.hcpID, "hcp:h11")
        await driver.press(.tab, .right)
        XCTAssertEqual(driver.state.logTouchpoint?.channel, .remote)
        await driver.press(.tab)
        await driver.type("Discussed registry data on titration")
        await driver.press(.tab, .ctrl("u"))
        await driver.type("2026-11-20 09:15")
        await driver.press(.ctrl("s"))

        XCTAssertNil(driver.state.logTouchpoint, "the form closes after saving")
        XCTAssertEqual(driver.state.status?.text, "MSL touchpoint logged — Dr. South One")
        let saved = try XCTUnwrap(try touchpoints(store, hcp: "hcp:h11").first)
        XCTAssertEqual(saved.function, .msl)
        XCTAssertEqual(saved.channel, .remote)
        XCTAssertEqual(saved.topic, "Discussed registry data on titration")
        XCTAssertEqual(saved.date, ISO8601DateFormatter().date(from: "2026-11-20T09:15:00Z"))
        let activity = try XCTUnwrap(driver.env.clashes?.currentSnapshot.touchpointActivity.first { $0.hcpID == "hcp:h11" },
                                     "the clash service was told about the touchpoint")
        XCTAssertEqual(activity.windowCounts[.msl], 1)
        let recomputed = try ClashService(store: store, settings: try AppFixture.clashSettings(), now: AppFixture.now)
        XCTAssertEqual(driver.env.clashes?.currentSnapshot.touchpointActivity, recomputed.currentSnapshot.touchpointActivity)
    }

    func testMissingHCPTopicAndAFutureTimeAreNamedNextToTheirFields() async throws {
        var (driver, store) = try await openForm()
        await driver.press(.tab, .tab, .tab, .tab, .ctrl("u"))
        await driver.type("2027-01-01 10:00")
        await driver.press(.ctrl("s"))
        let form = try XCTUnwrap(driver.state.logTouchpoint?.form)
        XCTAssertEqual(form.fields[LogTouchpointField.hcp.rawValue].message, "Required — type to pick the HCP")
        XCTAssertEqual(form.fields[LogTouchpointField.topic.rawValue].message, "Required — what was the contact about?")
        XCTAssertEqual(form.fields[LogTouchpointField.when.rawValue].message, "2027-01-01 10:00 is in the future")
        XCTAssertEqual(driver.state.logTouchpoint?.focused, .hcp)
        XCTAssertTrue(driver.screenText.contains("✗ Required — type to pick the HCP"), driver.screenText)
        XCTAssertEqual(try store.touchpoints(limit: 10).items.count, 0, "nothing was written")
        await driver.press(.escape)
        XCTAssertNil(driver.state.logTouchpoint)
        XCTAssertEqual(driver.state.screen, .dashboard, "Esc closes the form, not the screen")
    }
}
