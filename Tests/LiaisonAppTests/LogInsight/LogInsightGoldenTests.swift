import Foundation
@testable import LiaisonApp
import TerminalKit
import XCTest

/// Golden-text snapshots of the log form at 80×24 and 160×48 on the fixture data and clock.
final class LogInsightGoldenTests: XCTestCase {
    override func setUp() {
        NSTimeZone.default = TimeZone(identifier: "UTC")!
    }

    private func openForm(width: Int, height: Int) async throws -> EffectRunningDriver {
        var driver = await EffectRunningDriver(env: try AppFixture.environment(store: try AppFixture.store()), width: width, height: height)
        await driver.type("n")
        return driver
    }

    private func assertGolden(_ driver: EffectRunningDriver, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        if let report = GoldenFile.mismatch(driver.render(), named: name) { XCTFail(report, file: file, line: line) }
    }

    func testEmptyForm() async throws {
        for (width, height) in [(80, 24), (160, 48)] {
            let driver = try await openForm(width: width, height: height)
            assertGolden(driver, "log-insight-empty-\(width)x\(height)")
        }
    }

    func testFilledFormWithAComplianceError() async throws {
        for (width, height) in [(80, 24), (160, 48)] {
            var driver = try await openForm(width: width, height: height)
            await driver.type("north")
            await driver.press(.enter)
            await driver.type("lum")
            await driver.press(.enter)
            await driver.type("unmet")
            await driver.press(.enter, .tab, .left, .tab, .tab, .tab)
            await driver.type("Says Lumora is a miracle for her patients")
            await driver.press(.tab)
            await driver.type("Promotional wording must not reach the field")
            await driver.press(.ctrl("s"))
            assertGolden(driver, "log-insight-compliance-\(width)x\(height)")
        }
    }

    func testHCPPickerOpen() async throws {
        for (width, height) in [(80, 24), (160, 48)] {
            var driver = try await openForm(width: width, height: height)
            await driver.type("ville")
            assertGolden(driver, "log-insight-picker-\(width)x\(height)")
        }
    }
}
