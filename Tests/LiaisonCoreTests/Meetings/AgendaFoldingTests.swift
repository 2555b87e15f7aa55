import Foundation
import LiaisonCore
import XCTest

/// A clash a listed decision answers is discussed once, under the decision.
final class AgendaFoldingTests: XCTestCase {
    /// The standard fixture with `clashIDs` set on decision `number` (2 is open, 5 is decided
    /// and not due for review) and `previous` laid over the previous severities.
    private func inputs(decision number: Int, answers clashIDs: [String], previous: [String: Int] = [:]) throws -> AgendaInputs {
        var inputs = try AgendaFixture.inputs()
        let index = try XCTUnwrap(inputs.decisions.firstIndex { $0.id == AgendaFixture.id(number) })
        inputs.decisions[index].clashIDs = clashIDs
        inputs.previousSeverities?.merge(previous) { _, new in new }
        return inputs
    }

    private func item(_ agenda: [AgendaItem], decision number: Int) throws -> AgendaItem {
        try XCTUnwrap(agenda.first { $0.kind == .decision && $0.reference == AgendaFixture.id(number).uuidString })
    }

    func testAClashAnOpenDecisionAnswersIsFoldedIntoTheDecisionItem() throws {
        let clashB = AgendaFixture.clashB.id
        let agenda = AgendaBuilder().build(try inputs(decision: 2, answers: [clashB]))
        XCTAssertFalse(agenda.contains { $0.reference == clashB }, "no separate clash item")
        XCTAssertEqual(agenda.filter { $0.kind == .clash }.map(\.reference), [AgendaFixture.clashA.id, AgendaFixture.clashF.id])

        let decision = try item(agenda, decision: 2)
        XCTAssertEqual(decision.title, "Decide: Open question")
        XCTAssertEqual(decision.flags, [.awaitingDecision, .worsened])
        XCTAssertEqual(decision.severity, 70, "clash B is the most severe of B and H")
        XCTAssertTrue(decision.summary.hasSuffix(" · clash high 70 (was 60)"), decision.summary)
        XCTAssertEqual(decision.evidence, [AgendaFixture.id(2).uuidString, clashB, AgendaFixture.clashH.id])
    }

    func testAnEscalatedClashThatWorsenedFlagsItsOpenDecision() throws {
        let agenda = AgendaBuilder().build(try inputs(decision: 2, answers: [], previous: [AgendaFixture.clashH.id: 30]))
        XCTAssertFalse(agenda.contains { ($0.kind == .clash || $0.kind == .escalation) && $0.reference == AgendaFixture.clashH.id })
        let decision = try item(agenda, decision: 2)
        XCTAssertEqual(decision.flags, [.awaitingDecision, .worsened])
        XCTAssertEqual(decision.severity, 45)
        XCTAssertTrue(decision.summary.hasSuffix(" · clash medium 45 (was 30)"), decision.summary)
    }

    func testAnUnchangedAnsweredClashAddsItsSeverityButNoFlag() throws {
        let decision = try item(AgendaBuilder().build(try inputs(decision: 2, answers: [])), decision: 2)
        XCTAssertEqual(decision.flags, [.awaitingDecision])
        XCTAssertEqual(decision.severity, 45)
    }

    func testAClashOfADecisionNotOnTheAgendaKeepsItsOwnItem() throws {
        let clashB = AgendaFixture.clashB.id
        let agenda = AgendaBuilder().build(try inputs(decision: 5, answers: [clashB]))
        XCTAssertFalse(agenda.contains { $0.reference == AgendaFixture.id(5).uuidString }, "decided, no review due")
        let clash = try XCTUnwrap(agenda.first { $0.kind == .clash && $0.reference == clashB })
        XCTAssertEqual(clash.flags, [.worsened])
        XCTAssertEqual(agenda, AgendaBuilder().build(try AgendaFixture.inputs()), "same agenda as without the link")
    }

    func testAnsweredClashesDoNotCountAgainstTheClashCap() throws {
        var settings = AgendaSettings.defaults
        settings.maxClashItems = 1
        let agenda = AgendaBuilder(settings: settings).build(try inputs(decision: 2, answers: [AgendaFixture.clashB.id]))
        let clashes = agenda.filter { $0.kind == .clash }
        XCTAssertEqual(clashes.map(\.reference), [AgendaFixture.clashA.id, nil])
        XCTAssertEqual(clashes[1].evidence, [AgendaFixture.clashF.id])
    }
}
