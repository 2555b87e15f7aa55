import Foundation
@testable import LiaisonApp
import LiaisonCore
import LiaisonStore
import TerminalKit
import XCTest

/// The Plans screen on the demo dataset: goldens of the list and of a region beside the
/// national plan, rank marks, and the objective → insights → Insights deep link.
final class PlansTests: XCTestCase {
    private func demoStore() throws -> LiaisonStore {
        let store = try LiaisonStore.inMemory(taxonomy: try AppFixture.taxonomy(), compliance: try AppFixture.compliance(), clock: { AppFixture.now })
        try store.importDataset(try AppFixture.demoDataset(), actor: "person:fixture")
        return store
    }

    private func driver(width: Int, height: Int) async throws -> EffectRunningDriver {
        let store = try demoStore()
        let person = try XCTUnwrap(try LiaisonTUI.demoPerson(in: store))
        var driver = await EffectRunningDriver(env: try AppFixture.environment(store: store, personID: person.id), width: width, height: height)
        await driver.type("2")
        return driver
    }

    private func assertGolden(_ driver: EffectRunningDriver, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        if let report = GoldenFile.mismatch(driver.render(), named: name) { XCTFail(report, file: file, line: line) }
    }

    func testPlansListGolden() async throws {
        for (width, height) in [(80, 24), (160, 48)] {
            let driver = try await driver(width: width, height: height)
            XCTAssertEqual(driver.state.plans.entries?.map(\.name).first, "National")
            assertGolden(driver, "plans-list-\(width)x\(height)")
        }
    }

    func testRegionPlanBesideTheNationalPlanGolden() async throws {
        for (width, height) in [(80, 24), (160, 48)] {
            var driver = try await driver(width: width, height: height)
            let north = try XCTUnwrap(driver.state.plans.entries?.firstIndex { $0.regionID == "region:north" })
            for _ in 0..<north { await driver.press(.down) }
            await driver.press(.enter)
            XCTAssertEqual(driver.state.plans.comparison?.regional?.scope, .region("region:north"))
            assertGolden(driver, "plans-north-\(width)x\(height)")
        }
    }

    func testRankMarks() {
        XCTAssertEqual(PlanComparison.mark(regionalRank: 1, nationalRank: 3), "↑2")
        XCTAssertEqual(PlanComparison.mark(regionalRank: 4, nationalRank: 3), "↓1")
        XCTAssertEqual(PlanComparison.mark(regionalRank: 2, nationalRank: 2), "=")
        XCTAssertEqual(PlanComparison.mark(regionalRank: 5, nationalRank: nil), "not in national")
    }

    func testComparisonMarksLeftOutNationalObjectives() throws {
        let national = try Plan(id: "plan:national-2027-h1", period: "2027-H1", scope: .national, status: .approved, objectives: [
            try Objective(code: "obj:a", title: "A", rank: 1, productID: nil, theme: nil, kpiTarget: ""),
            try Objective(code: "obj:b", title: "B", rank: 2, productID: nil, theme: nil, kpiTarget: ""),
        ], channelMix: [try ChannelShare(productID: "product:x", faceToFaceShare: 60)])
        let regional = try Plan(id: "plan:north-2027-h1", period: "2027-H1", scope: .region("region:north"), status: .draft, objectives: [
            try Objective(code: "obj:c", title: "C", rank: 1, productID: nil, theme: nil, kpiTarget: ""),
            try Objective(code: "obj:a", title: "A", rank: 2, productID: nil, theme: nil, kpiTarget: ""),
        ], channelMix: [try ChannelShare(productID: "product:x", faceToFaceShare: 45)])
        let rows = PlanComparison(regionName: "North", regional: regional, national: national, institutions: [:], productNames: ["product:x": "Xeno"]).rows
        let objectives = rows.filter { $0.kind == .objective }
        XCTAssertEqual(objectives.map(\.left), ["1. C", "2. A"])
        XCTAssertEqual(objectives.map(\.leftMark), ["not in national", "↓1"])
        XCTAssertEqual(objectives.map(\.right), ["1. A", "2. B"])
        XCTAssertEqual(objectives.map(\.rightMark), [nil, "left out"])
        let share = try XCTUnwrap(rows.last)
        XCTAssertEqual(share.left, "Xeno  45% F2F")
        XCTAssertEqual(share.leftMark, "−15 pts")
        XCTAssertEqual(share.right, "Xeno  60% F2F")
    }

    func testEnterOnAnObjectiveListsItsInsightsAndEnterOpensOneInInsights() async throws {
        var driver = try await driver(width: 120, height: 40)
        let north = try XCTUnwrap(driver.state.plans.entries?.firstIndex { $0.regionID == "region:north" })
        for _ in 0..<north { await driver.press(.down) }
        await driver.press(.enter, .enter)
        let found = try XCTUnwrap(driver.state.plans.objectiveInsights)
        let objective = try XCTUnwrap(driver.state.plans.comparison?.regional?.rankedObjectives.first)
        XCTAssertEqual(found.objective.code, objective.code)
        XCTAssertFalse(found.all.isEmpty, "the demo data has insights of the top objective's theme in the north")
        XCTAssertTrue(found.ofTheme.allSatisfy { $0.regionID == "region:north" && $0.theme == objective.theme })
        XCTAssertTrue(found.linked.allSatisfy { $0.link?.reference.hasSuffix("#\(objective.code)") == true })
        XCTAssertTrue(driver.screenText.contains("\(objective.rank). \(objective.title)"), driver.screenText)
        await driver.press(.enter)
        XCTAssertEqual(driver.state.screen, .insights)
        await driver.press(.char("2"))
        XCTAssertEqual(driver.state.screen, .plans)
    }

    func testLinkedInsightsAreFoundByTheirObjective() throws {
        let store = try AppFixture.store()
        let linked = try store.insights(linkedTo: ["plan:national-2027-h1#obj:early-diagnosis"])
        XCTAssertEqual(linked.map(\.id), [AppFixture.uuid(503)])
        XCTAssertEqual(try store.insights(linkedTo: ["plan:national-2027-h1#obj:access"]), [])
    }
}
