import Foundation
@testable import LiaisonApp
import LiaisonCore
import LiaisonStore
import TerminalKit
import XCTest

/// The channel needle on the Plans screen (demo dataset, fixed clock 2026-11-20T16:00:00Z):
/// gauges under an opened plan, the weights form, live recomputation and the all-zero error.
final class PlansNeedleTests: XCTestCase {
    /// The demo dataset on the Plans screen with East's plan open.
    private func eastPlan(width: Int, height: Int) async throws -> EffectRunningDriver {
        let store = try AppFixture.demoStore()
        let person = try XCTUnwrap(try LiaisonTUI.demoPerson(in: store))
        var driver = await EffectRunningDriver(env: try AppFixture.environment(store: store, personID: person.id), width: width, height: height)
        await driver.type("2")
        let east = try XCTUnwrap(driver.state.plans.entries?.firstIndex { $0.regionID == "region:east" })
        for _ in 0..<east { await driver.press(.down) }
        await driver.press(.enter)
        XCTAssertEqual(driver.state.plans.comparison?.regional?.scope, .region("region:east"))
        XCTAssertNotNil(driver.state.plans.needle.inputs)
        return driver
    }

    private func assertGolden(_ driver: EffectRunningDriver, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        if let report = GoldenFile.mismatch(driver.render(), named: name) { XCTFail(report, file: file, line: line) }
    }

    private func respiflo(_ driver: EffectRunningDriver) throws -> NeedleRow {
        let rows = try driver.state.plans.needle.rows(place: .region("region:east")).get()
        return try XCTUnwrap(rows.first { $0.productID == "product:respiflo" })
    }

    func testEastPlanShowsAGaugePerProductGolden() async throws {
        for (width, height) in [(80, 24), (160, 48)] {
            let driver = try await eastPlan(width: width, height: height)
            let text = driver.screenText
            XCTAssertTrue(text.contains("Channel needle · East"), text)
            for product in ["Cardelin", "Oncavia", "Respiflo"] { XCTAssertTrue(text.contains(product), "\(product)\n\(text)") }
            XCTAssertTrue(text.contains("plan 75%"), text)
            XCTAssertTrue(text.contains("needle 36"), text)
            XCTAssertTrue(text.contains("Cplx 25 · Life 30 · Access 42 · Pref 21 · Vision 60"), text)
            assertGolden(driver, "plans-needle-east-\(width)x\(height)")
        }
    }

    func testGaugeDrawsTheNeedleWithAMarkerAtThePlanShare() async throws {
        let driver = try await eastPlan(width: 160, height: 48)
        let line = try XCTUnwrap(driver.render().first { $0.contains("Respiflo") && $0.contains("needle 36") })
        let row = try respiflo(driver)
        XCTAssertEqual(row.planShare, 75)
        XCTAssertEqual(row.reading.roundedNeedle, 36)
        XCTAssertTrue(line.contains("gap +39"), line)
        XCTAssertTrue(line.contains("┃"), "the plan marker: \(line)")
        XCTAssertTrue(line.contains("░"), "the unfilled track: \(line)")
    }

    func testWeightsFormGolden() async throws {
        for (width, height) in [(80, 24), (160, 48)] {
            var driver = try await eastPlan(width: width, height: height)
            await driver.press(.char("w"))
            XCTAssertNotNil(driver.state.plans.needle.form)
            XCTAssertTrue(driver.screenText.contains("Needle weights"), driver.screenText)
            XCTAssertTrue(driver.render().last?.contains("Ctrl-R Reset to config") == true, driver.screenText)
            assertGolden(driver, "plans-needle-weights-\(width)x\(height)")
        }
    }

    func testChangingAWeightRecomputesTheGaugeAsYouType() async throws {
        var driver = try await eastPlan(width: 80, height: 24)
        let before = try respiflo(driver).reading.needle
        await driver.press(.char("w"))
        // Company vision is the last field: set it to 100 and every needle moves up.
        for _ in 0..<NeedleWeightsForm.visionField { await driver.press(.tab) }
        await driver.press(.backspace, .backspace)
        let typedZero = try respiflo(driver).reading.needle
        XCTAssertLessThan(typedZero, before, "one backspace leaves 6 (lower); the empty field then keeps that last valid value")
        await driver.type("100")
        let after = try respiflo(driver).reading.needle
        XCTAssertEqual(driver.state.plans.needle.config.companyVision, 100)
        XCTAssertEqual(after - before, (100 - 60) / 5, accuracy: 0.0001, "vision weighs a fifth with equal weights")
        XCTAssertTrue(driver.screenText.contains("needle \(Int(after.rounded()))"), driver.screenText)
        XCTAssertTrue(driver.state.plans.needle.isCustomised)
        // Only complexity counts: the needle equals the complexity score.
        await driver.press(.backTab, .backTab, .backTab, .backTab, .backTab)
        await driver.press(.backspace)
        await driver.type("5")
        for _ in 1..<NeedleWeightsForm.visionField {
            await driver.press(.tab, .backspace)
            await driver.type("0")
        }
        let onlyComplexity = try respiflo(driver)
        XCTAssertEqual(onlyComplexity.reading.needle, 25, accuracy: 0.0001)
        await driver.press(.escape)
        XCTAssertNil(driver.state.plans.needle.form)
        XCTAssertEqual(driver.state.screen, .plans, "Esc closes the form, not the screen")
        XCTAssertEqual(try respiflo(driver).reading.needle, 25, accuracy: 0.0001, "the weights stay after closing")
        await driver.press(.char("w"), .ctrl("r"), .escape)
        XCTAssertEqual(try respiflo(driver).reading.needle, before, accuracy: 0.0001)
        XCTAssertFalse(driver.state.plans.needle.isCustomised)
    }

    func testAllZeroWeightsShowTheErrorNextToTheFieldsAndKeepTheLastGauge() async throws {
        var driver = try await eastPlan(width: 80, height: 24)
        await driver.press(.char("w"))
        for index in 0..<NeedleWeightsForm.weightFields.count {
            if index > 0 { await driver.press(.tab) }
            await driver.press(.backspace)
            await driver.type("0")
        }
        let form = try XCTUnwrap(driver.state.plans.needle.form)
        let message = try XCTUnwrap(form.fields[NeedleWeightsForm.weightFields.count - 1].message)
        XCTAssertTrue(message.contains("all five weights are 0"), message)
        XCTAssertTrue(driver.screenText.contains("✗ " + NeedleWeightsForm.allZeroMessage), driver.screenText)
        XCTAssertEqual(try respiflo(driver).reading.needle, 60, accuracy: 0.0001,
                       "the gauges keep the last valid weights: company vision (60) alone")
        XCTAssertEqual(driver.state.plans.needle.config.weights.vision, 1)
        assertGolden(driver, "plans-needle-zero-weights-80x24")
        await driver.press(.backTab, .backspace)
        await driver.type("2")
        XCTAssertNil(driver.state.plans.needle.form?.fields[NeedleWeightsForm.weightFields.count - 1].message)
        XCTAssertEqual(try respiflo(driver).reading.needle, try respiflo(driver).reading.drivers.preference.score ?? -1, accuracy: 0.0001)
    }

    func testUnusableNumbersAreNamedNextToTheirField() throws {
        var form = NeedleWeightsForm.make(config: .defaults, theme: .dark)
        form.fields[1] = .text("Lifecycle", value: "-1")
        form.fields[NeedleWeightsForm.visionField] = .text("Vision score", value: "120")
        form.fields[2] = .text("F2F access", value: "lots")
        let result = NeedleWeightsForm.read(form, onto: .defaults)
        XCTAssertNil(result.config)
        XCTAssertEqual(result.problems[1], "must be 0 or more")
        XCTAssertEqual(result.problems[2], "type a number, e.g. 1 or 0.5")
        XCTAssertEqual(result.problems[NeedleWeightsForm.visionField], "must be within 0…100")
        XCTAssertNil(result.problems[0])
    }
}
