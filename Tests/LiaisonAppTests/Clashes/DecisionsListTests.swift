import Foundation
import LiaisonApp
import LiaisonCore
import LiaisonStore
import TerminalKit
import XCTest

/// The Decisions list holds light rows split into sections at load; the ritual forms opened
/// from the list load their decision first; deep links land on the decision's section and row.
final class DecisionsListTests: XCTestCase {
    func testTheListHoldsTheStoresRowsSplitIntoSections() throws {
        var driver = try ClashFixture.driver()
        driver.pressAndSettle(.char("6"))
        let data = try XCTUnwrap(driver.state.decisions.data)
        let stored = try driver.env.store.decisionRows()
        XCTAssertEqual(data.count, stored.count)
        for section in DecisionSection.allCases {
            XCTAssertEqual(data.rows(in: section), stored.filter { DecisionSection.of($0, now: data.now) == section },
                           "\(section) keeps the store's order")
        }
        let due = try XCTUnwrap(data.due.first)
        XCTAssertEqual(data.position(of: due.id)?.section, .due)
        XCTAssertNil(data.position(of: UUID()))
    }

    func testStanceFromTheListOpensOnceTheDecisionIsLoaded() throws {
        var driver = try ClashFixture.driver(as: ClashFixture.msl)
        driver.pressAndSettle(.char("6"))
        let row = try XCTUnwrap(driver.state.decisions.selected)
        let holdersBefore = row.stanceHolders
        XCTAssertNil(try driver.env.store.decision(id: row.id)?.stance(of: ClashFixture.msl), "the MSL has no stance yet")

        driver.press(.char("s"))
        XCTAssertNil(driver.state.decisions.form, "no form before the decision is read")
        XCTAssertEqual(driver.state.decisions.outbox, [.form(.stance, row.id)])
        driver.settleClashScreens()
        let form = try XCTUnwrap(driver.state.decisions.form)
        XCTAssertEqual(form.kind, .stance)
        XCTAssertEqual(form.decisionID, row.id)
        XCTAssertEqual(driver.state.decisions.ritual.decision, try driver.env.store.decision(id: row.id))
        XCTAssertNil(driver.state.decisions.openDecisionID, "the detail stays closed")
        XCTAssertTrue(driver.screenText.contains("Record your stance"))

        driver.press(.right, .tab)
        driver.type("Not from the list")
        driver.pressAndSettle(.ctrl("s"))
        XCTAssertNil(driver.state.decisions.form)
        XCTAssertEqual(driver.state.status?.text, "Stance recorded")
        XCTAssertEqual(try driver.env.store.decision(id: row.id)?.stance(of: ClashFixture.msl)?.note, "Not from the list")
        XCTAssertEqual(driver.state.decisions.selected?.id, row.id, "the selection stays on the decision")
        XCTAssertEqual(driver.state.decisions.selected?.stanceHolders, holdersBefore + 1, "the list was reloaded")
    }

    func testAFormOnADecisionThatIsGoneSaysSo() throws {
        var driver = try ClashFixture.driver()
        driver.pressAndSettle(.char("6"))
        let message = DecisionsLoader.perform(.form(.stance, UUID()), env: driver.env)
        guard case .rejected(.stance, nil, let reason) = message else { return XCTFail("\(message)") }
        XCTAssertTrue(reason.contains("no longer exists"), reason)
        driver.deliver(.decisions(message))
        XCTAssertNil(driver.state.decisions.form)
        XCTAssertEqual(driver.state.status?.kind, .error)
    }

    func testRitualKeysWaitForTheDetail() throws {
        var driver = try ClashFixture.driver(as: ClashFixture.director)
        driver.pressAndSettle(.char("6"))
        let row = try XCTUnwrap(driver.state.decisions.selected)
        driver.press(.enter)
        let loads = driver.state.decisions.outbox
        XCTAssertEqual(loads, [.detail(row.id)])
        XCTAssertEqual(driver.state.decisions.openDecisionID, row.id)
        XCTAssertNil(driver.state.decisions.openDecision)
        XCTAssertTrue(driver.screenText.contains("Decision · " + row.title.prefix(20)), "the row's title heads the loading detail")
        driver.press(.char("r"))
        XCTAssertNil(driver.state.decisions.form)
        XCTAssertEqual(driver.state.status?.text, "The decision is still loading")
        for load in loads { driver.deliver(.decisions(DecisionsLoader.perform(load, env: driver.env))) }
        driver.press(.char("r"))
        XCTAssertEqual(driver.state.decisions.form?.kind, .resolve)
    }

    func testDeepLinkOpensTheDecisionInItsSectionAndRow() throws {
        let driver = try ClashFixture.driver(as: ClashFixture.director)
        let env = driver.env
        let context = ScreenContext(env: env, area: Rect(x: 0, y: 1, width: 80, height: 22), person: env.person, theme: .dark)
        let rows = try env.store.decisionRows()
        let now = env.clock()
        let decided = rows.filter { DecisionSection.of($0, now: now) == .decided }
        let target = try XCTUnwrap(decided.dropFirst().first, "the demo has at least two decided decisions")

        var state = DecisionsState()
        var pending: [ScreenInput] = [.activated(.decision(target.id))]
        while !pending.isEmpty {
            state = DecisionsScreen.update(state, pending.removeFirst(), context: context).state
            pending += state.outbox.map { .message(.decisions(DecisionsLoader.perform($0, env: env))) }
        }
        XCTAssertEqual(state.section, .decided)
        XCTAssertEqual(state.selected?.id, target.id)
        XCTAssertEqual(state.openDecision?.id, target.id)
        XCTAssertEqual(state.openDecision?.title, target.title)
    }
}
