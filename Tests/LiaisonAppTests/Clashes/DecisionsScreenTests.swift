import Foundation
import LiaisonApp
import LiaisonCore
import LiaisonStore
import TerminalKit
import XCTest

/// The Decisions screen's update function on the demo data: sections, stances, resolving
/// with its guardrails and warnings, and who may resolve.
final class DecisionsScreenTests: XCTestCase {
    private let northFormat = "Exception for North's local tumour-board evenings"
    private let nationalVoice = "One national voice to global on the Oncavia launch sequence"

    func testSectionsSplitOpenDueAndDecided() throws {
        var driver = try ClashFixture.driver()
        driver.pressAndSettle(.char("6"))
        let state = driver.state.decisions
        let now = try XCTUnwrap(state.data?.now)
        XCTAssertTrue(state.decisions(in: .open).allSatisfy { $0.status != .decided })
        XCTAssertTrue(state.decisions(in: .decided).allSatisfy { $0.status == .decided })
        XCTAssertTrue(state.decisions(in: .due).allSatisfy { $0.reviewDate! <= now.addingTimeInterval(DecisionSection.dueWindow) })
        XCTAssertFalse(state.decisions(in: .due).isEmpty, "the demo has a decision past its review date")
        let total = DecisionSection.allCases.map { state.decisions(in: $0).count }.reduce(0, +)
        XCTAssertEqual(total, try driver.env.store.decisions(limit: 1_000).items.count)
        driver.press(.right)
        XCTAssertEqual(driver.state.decisions.section, .due)
    }

    func testRecordAStanceAsTheCurrentPerson() throws {
        var driver = try ClashFixture.decision(titled: nationalVoice, as: ClashFixture.msl)
        driver.press(.char("s"))
        XCTAssertEqual(driver.state.decisions.form?.kind, .stance)
        driver.press(.right, .tab)
        driver.type("Regional annex is not enough")
        driver.pressAndSettle(.ctrl("s"))
        XCTAssertNil(driver.state.decisions.form)
        let id = try XCTUnwrap(driver.state.decisions.openDecisionID)
        let stance = try XCTUnwrap(try driver.env.store.decision(id: id)?.stance(of: ClashFixture.msl))
        XCTAssertEqual(stance.position, .oppose)
        XCTAssertEqual(stance.note, "Regional annex is not enough")
        XCTAssertEqual(driver.state.status?.text, "Stance recorded")
        XCTAssertTrue(driver.state.decisions.detail?.decision.stances.contains { $0.personID == ClashFixture.msl } ?? false)
    }

    func testMSLMayNotResolve() throws {
        var driver = try ClashFixture.decision(titled: northFormat, as: ClashFixture.msl)
        driver.press(.char("r"))
        XCTAssertNil(driver.state.decisions.form)
        XCTAssertEqual(driver.state.status?.kind, .error)
        XCTAssertTrue(driver.state.status?.text.contains("record your stance") ?? false)
        let keys = driver.program.view(driver.state, area: Rect(x: 0, y: 0, width: 80, height: 24)).lines().last ?? ""
        XCTAssertFalse(keys.contains("resolve"))
    }

    func testExecutiveRulingByANonAccountablePersonWarnsAndRaisesRoleOverreach() throws {
        var driver = try ClashFixture.decision(titled: northFormat, as: ClashFixture.northRMD)
        let id = try XCTUnwrap(driver.state.decisions.openDecisionID)
        XCTAssertFalse(driver.env.clashes!.clashes().contains { $0.id == "roleOverreach:decision:\(id.uuidString)" })
        driver.press(.char("r"))
        XCTAssertEqual(driver.state.decisions.form?.kind, .resolve)
        driver.press(.right, .right)
        XCTAssertEqual(driver.state.decisions.form?.mode, .executiveRuling)
        XCTAssertTrue(driver.screenText.contains("not Accountable"), "the form warns before saving")
        driver.press(.tab)
        driver.press(.ctrl("u"))
        driver.type("Local evenings continue until June")
        driver.press(.tab, .ctrl("u"))
        driver.type("Tumour boards are where the North's testing gap closes")
        driver.press(.tab, .ctrl("u"))
        driver.type("2027-06-30")
        driver.pressAndSettle(.enter)

        XCTAssertNil(driver.state.decisions.form, "the ruling is allowed")
        let decision = try XCTUnwrap(try driver.env.store.decision(id: id))
        XCTAssertEqual(decision.status, .decided)
        XCTAssertEqual(decision.resolution, .executiveRuling)
        XCTAssertEqual(decision.decidedBy, ClashFixture.northRMD)
        XCTAssertTrue(driver.state.decisions.warnings.contains { $0.contains("role-overreach") })
        XCTAssertTrue(driver.state.status?.text.contains("role-overreach") ?? false)
        XCTAssertTrue(driver.env.clashes!.clashes().contains { $0.kind == .roleOverreach && $0.id.contains(id.uuidString) },
                      "a role-overreach clash appears")
    }

    func testCompromiseWithoutAnOfficeCaseShowsTheGuardrail() throws {
        var driver = try ClashFixture.decision(titled: northFormat, as: ClashFixture.director)
        driver.press(.char("c"), .tab, .ctrl("u"))
        driver.pressAndSettle(.ctrl("s"))
        let id = try XCTUnwrap(driver.state.decisions.openDecisionID)
        XCTAssertEqual(try driver.env.store.decision(id: id)?.officeCase.argument, "")

        driver.press(.char("r"), .right)
        XCTAssertEqual(driver.state.decisions.form?.mode, .compromise)
        driver.press(.tab)
        driver.type("Split the evenings")
        driver.press(.tab)
        driver.type("Both sides get something")
        driver.pressAndSettle(.ctrl("s"))

        let form = try XCTUnwrap(driver.state.decisions.form, "the form stays open")
        let mode = try XCTUnwrap(form.form.fields.first { $0.label == "Mode" })
        XCTAssertEqual(mode.message, "a compromise needs both the field case and the office case written down")
        XCTAssertEqual(form.value("Outcome"), "Split the evenings", "what was typed stays")
        XCTAssertTrue(driver.screenText.contains("a compromise needs both"))
        XCTAssertEqual(try driver.env.store.decision(id: id)?.status, .open)
    }

    func testDecidedNeedsARationale() throws {
        var driver = try ClashFixture.decision(titled: northFormat, as: ClashFixture.director)
        driver.press(.char("r"), .tab, .ctrl("u"))
        driver.type("Keep them")
        driver.press(.tab, .ctrl("u"))
        driver.pressAndSettle(.ctrl("s"))
        let form = try XCTUnwrap(driver.state.decisions.form)
        XCTAssertEqual(form.form.fields.first { $0.label == "Rationale" }?.message, "\"decided\" needs a rationale")
    }

    func testDetailShowsStancesGridAndRACI() throws {
        let driver = try ClashFixture.decision(titled: nationalVoice, as: ClashFixture.director, width: 160, height: 48)
        let text = driver.screenText
        for name in ["Katrin Lange", "Markus Huber", "Anja Schulze", "Thomas Becker"] { XCTAssertTrue(text.contains(name), name) }
        XCTAssertTrue(text.contains("★ Accountable"))
        XCTAssertTrue(text.contains("Medical director (Dr. Claudia Engel)"))
        XCTAssertTrue(text.contains("You (Medical director) are Accountable"))
        XCTAssertTrue(text.contains("oppose"))
        XCTAssertTrue(text.contains("National voice / format"), "the clash the split stances raise is listed")
    }
}
