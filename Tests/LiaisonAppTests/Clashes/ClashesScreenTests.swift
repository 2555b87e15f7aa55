import Foundation
import LiaisonApp
import LiaisonCore
import LiaisonStore
import TerminalKit
import XCTest

/// The Clashes screen's update function on the demo data: ranking, filters, detail, drill
/// into evidence, and triage (acknowledge, dismiss with a reason, escalate, resolve).
final class ClashesScreenTests: XCTestCase {
    func testListIsRankedBySeverityAndShowsActiveClashes() throws {
        let driver = try ClashFixture.clashes()
        XCTAssertEqual(driver.state.screen, .clashes)
        let rows = driver.state.clashes.visible
        XCTAssertGreaterThan(rows.count, 10)
        let severities = rows.compactMap { $0.clash?.severity }
        XCTAssertEqual(severities, severities.sorted(by: >))
        XCTAssertTrue(rows.allSatisfy { $0.disposition.isActive })
        XCTAssertTrue(driver.screenText.contains("most severe first"))
    }

    func testRegionKindAndLevelFiltersNarrowTheList() throws {
        var driver = try ClashFixture.clashes()
        let all = driver.state.clashes.visible.count
        let order = try XCTUnwrap(driver.state.clashes.data?.regionOrder)
        driver.press(.char("r"))
        let region = try XCTUnwrap(driver.state.clashes.filters.regionID)
        XCTAssertEqual(region, order.first)
        let inRegion = driver.state.clashes.visible
        XCTAssertLessThan(inRegion.count, all)
        XCTAssertTrue(inRegion.allSatisfy { $0.clash?.regionID == region })
        XCTAssertTrue(driver.screenText.contains("region \(driver.state.clashes.data!.names.region(region))"))

        driver.press(.char("v"))
        XCTAssertEqual(driver.state.clashes.filters.level, .critical)
        XCTAssertTrue(driver.state.clashes.visible.allSatisfy { $0.clash?.level == .critical && $0.clash?.regionID == region })

        driver.press(.char("x"), .char("t"))
        XCTAssertEqual(driver.state.clashes.filters.kind, ClashKind.allCases.first)
        let kinds = Set(driver.state.clashes.visible.compactMap { $0.clash?.kind })
        XCTAssertEqual(kinds, [ClashKind.allCases[0]])

        driver.press(.char("x"))
        XCTAssertEqual(driver.state.clashes.visible.count, all)
        XCTAssertFalse(driver.state.clashes.filters.isNarrowed)
    }

    func testAcknowledgeIsStoredAndShown() throws {
        var driver = try ClashFixture.clashes()
        let clashID = try XCTUnwrap(driver.state.clashes.selected?.clashID)
        driver.pressAndSettle(.char("a"))
        XCTAssertEqual(driver.env.clashes?.status(of: clashID)?.disposition, .acknowledged)
        XCTAssertEqual(driver.state.clashes.data?.statuses.first { $0.clashID == clashID }?.disposition, .acknowledged)
        XCTAssertEqual(driver.state.status?.text, "Clash acknowledged")
        driver.press(.char("s"), .char("s"))
        XCTAssertEqual(driver.state.clashes.filters.status, .acknowledged)
        XCTAssertEqual(driver.state.clashes.visible.map(\.clashID), [clashID])
    }

    func testDismissNeedsAReasonAndKeepsWhatWasTyped() throws {
        var driver = try ClashFixture.clashes()
        let clashID = try XCTUnwrap(driver.state.clashes.selected?.clashID)
        driver.press(.char("d"))
        XCTAssertNotNil(driver.state.clashes.dismiss)
        driver.typeAndSettle("   ")
        driver.pressAndSettle(.enter)
        let form = try XCTUnwrap(driver.state.clashes.dismiss, "the dialog stays open when the reason is missing")
        XCTAssertEqual(form.error, "dismissing a clash needs a reason")
        XCTAssertEqual(form.reason, "   ")
        XCTAssertTrue(driver.screenText.contains("dismissing a clash needs a reason"))
        XCTAssertEqual(driver.env.clashes?.status(of: clashID)?.disposition, .open)

        driver.typeAndSettle("Handled in the national plan")
        driver.pressAndSettle(.enter)
        XCTAssertNil(driver.state.clashes.dismiss)
        let status = try XCTUnwrap(driver.env.clashes?.status(of: clashID))
        XCTAssertEqual(status.disposition, .dismissed)
        XCTAssertEqual(status.triage?.reason, "Handled in the national plan")
        XCTAssertFalse(driver.state.clashes.visible.contains { $0.clashID == clashID }, "dismissed clashes leave the active list")
    }

    func testEscalateCreatesAPrefilledDecisionAndOpensIt() throws {
        var driver = try ClashFixture.clashes(as: ClashFixture.northRMD)
        try ClashFixture.select(ClashFixture.studySiteClash, in: &driver)
        let clash = try XCTUnwrap(driver.state.clashes.selected?.clash)
        driver.pressAndSettle(.char("e"))

        XCTAssertEqual(driver.state.screen, .decisions)
        let decisionID = try XCTUnwrap(driver.state.decisions.openDecisionID)
        let decision = try XCTUnwrap(try driver.env.store.decision(id: decisionID))
        XCTAssertEqual(decision.topic, .studyEntry)
        XCTAssertEqual(decision.fieldCase.argument, clash.fieldPosition)
        XCTAssertEqual(decision.officeCase.argument, clash.officePosition)
        XCTAssertEqual(decision.fieldCase.evidence, clash.evidence)
        XCTAssertEqual(decision.clashIDs, [clash.id])
        XCTAssertEqual(decision.status, .open)
        XCTAssertTrue(driver.screenText.contains(String(clash.fieldPosition.prefix(20))))

        XCTAssertEqual(driver.env.clashes?.status(of: clash.id)?.disposition, .escalated)
        driver.pressAndSettle(.char("5"))
        XCTAssertEqual(driver.state.clashes.data?.statuses.first { $0.clashID == clash.id }?.disposition, .escalated)
        try ClashFixture.select(clash.id, in: &driver)
        driver.pressAndSettle(.char("e"))
        XCTAssertEqual(driver.state.screen, .decisions, "e on an escalated clash opens its decision")
        XCTAssertEqual(driver.state.decisions.openDecisionID, decisionID)
    }

    func testMarkResolved() throws {
        var driver = try ClashFixture.clashes()
        let clashID = try XCTUnwrap(driver.state.clashes.selected?.clashID)
        driver.pressAndSettle(.char("c"))
        XCTAssertEqual(driver.env.clashes?.status(of: clashID)?.disposition, .resolved)
    }

    func testDetailShowsBothPositionsExplanationAndHistory() throws {
        var driver = try ClashFixture.clashes(width: 160, height: 48)
        try ClashFixture.select(ClashFixture.studySiteClash, in: &driver)
        driver.pressAndSettle(.char("a"), .enter)
        let detail = try XCTUnwrap(driver.state.clashes.detail)
        let clash = try XCTUnwrap(detail.status.clash)
        let text = driver.screenText
        XCTAssertTrue(text.contains("Field position") && text.contains("Office position"))
        let row = try XCTUnwrap(driver.render().first { $0.contains("Field position") })
        XCTAssertTrue(row.contains("Office position"), "side by side at 160 columns")
        XCTAssertTrue(text.contains(clash.explanation[0].description))
        XCTAssertTrue(text.contains("acknowledged by"))
        XCTAssertFalse(detail.ruleHelp.isEmpty)
    }

    func testEnterOnEvidenceOpensTheInsight() throws {
        var driver = try ClashFixture.clashes()
        let withInsight = try XCTUnwrap(driver.state.clashes.visible.first { $0.clash?.evidence.first?.kind == .insight })
        try ClashFixture.select(withInsight.clashID, in: &driver)
        driver.pressAndSettle(.enter)
        XCTAssertEqual(driver.state.clashes.detail?.evidence.first?.target?.screen, .insights)
        driver.press(.enter)
        XCTAssertEqual(driver.state.screen, .insights)
    }

    func testEnterOnAPlanEvidenceOpensTheRegionPlan() throws {
        var driver = try ClashFixture.clashes()
        try ClashFixture.select(ClashFixture.studySiteClash, in: &driver)
        driver.pressAndSettle(.enter)
        let evidence = try XCTUnwrap(driver.state.clashes.detail?.evidence)
        let index = try XCTUnwrap(evidence.firstIndex { $0.ref.kind == .institution })
        for _ in 0..<index { driver.press(.char("j")) }
        driver.press(.enter)
        XCTAssertEqual(driver.state.screen, .plans)
    }

    func testEscapeLeavesTheDetailFirst() throws {
        var driver = try ClashFixture.clashes()
        driver.pressAndSettle(.enter)
        XCTAssertNotNil(driver.state.clashes.openClashID)
        driver.press(.escape)
        XCTAssertNil(driver.state.clashes.openClashID)
        XCTAssertEqual(driver.state.screen, .clashes)
    }
}
