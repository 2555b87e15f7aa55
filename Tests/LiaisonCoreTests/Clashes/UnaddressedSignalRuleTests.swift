import Foundation
import LiaisonCore
import XCTest

final class UnaddressedSignalRuleTests: XCTestCase {
    private let rule = UnaddressedSignalRule()
    private let samples = [UUID(), UUID()]

    private func snapshot(recent: Int, previous: Int, theme: ThemeCode = "unmet-need") throws -> ClashSnapshot {
        var snapshot = try ClashFixture.snapshot()
        snapshot.themeActivity = [ThemeActivity(
            regionID: "region:north", theme: theme, recentCount: recent, previousCount: previous, sampleInsightIDs: samples)]
        return snapshot
    }

    func testGrowingUncoveredThemeIsCritical() throws {
        let clashes = ClashFixture.evaluate(rule, try snapshot(recent: 30, previous: 10))
        XCTAssertEqual(clashes.map(\.id), ["unaddressedSignal:region:north/theme:unmet-need"])
        let clash = clashes[0]
        XCTAssertEqual(clash.severity, 95)  // 15 + min(30 × 1.5, 45) + min(200 × 0.25, 35)
        XCTAssertEqual(clash.level, .critical)
        XCTAssertEqual(clash.subject.label, "North · Unmet need")
        XCTAssertTrue(clash.fieldPosition.contains("30 “Unmet need” insights"), clash.fieldPosition)
        XCTAssertTrue(clash.fieldPosition.contains("+200%"), clash.fieldPosition)
        XCTAssertEqual(Array(clash.evidence.prefix(2)), samples.map { EvidenceRef(.insight, $0.uuidString) })
        XCTAssertTrue(clash.evidence.contains(EvidenceRef(.plan, ClashFixture.nationalPlanID)))
    }

    func testSteadyUncoveredThemeIsMedium() throws {
        let clashes = ClashFixture.evaluate(rule, try snapshot(recent: 12, previous: 12))
        XCTAssertEqual(clashes.map(\.severity), [33])  // 15 + 12 × 1.5 + 0
        XCTAssertEqual(clashes.first?.level, .medium)
    }

    func testNearMissesDoNotFire() throws {
        XCTAssertEqual(ClashFixture.evaluate(rule, try snapshot(recent: 9, previous: 0)), [], "below the count threshold")
        XCTAssertEqual(ClashFixture.evaluate(rule, try snapshot(recent: 30, previous: 40)), [], "shrinking")
        XCTAssertEqual(ClashFixture.evaluate(rule, try snapshot(recent: 30, previous: 10, theme: "education-need")), [],
                       "covered by a national objective")
        var covered = try snapshot(recent: 30, previous: 10)
        try ClashFixture.editPlan(&covered, ClashFixture.planID("region:north")) {
            $0.objectives.append(try Objective(
                code: "obj:unmet", title: "Unmet need", rank: 6, productID: nil, theme: "unmet-need", kpiTarget: "k"))
        }
        XCTAssertEqual(ClashFixture.evaluate(rule, covered), [], "covered by the region's own plan")
    }

    func testGrowthThresholdIsConfigurable() throws {
        var config = ClashConfig.defaults
        config.unaddressedSignal.minGrowthPercent = 50
        XCTAssertEqual(ClashFixture.evaluate(rule, try snapshot(recent: 12, previous: 12), config: config), [])
        XCTAssertEqual(ClashFixture.evaluate(rule, try snapshot(recent: 18, previous: 12), config: config).count, 1)
    }
}
