import Foundation
import LiaisonCore
import XCTest

/// The clash and decision commands end to end, on a database made by `liaison init --demo`,
/// at the demo's "today" (`LIAISON_NOW`).
final class ClashRitualTests: CLITestCase {
    private var environment: [String: String] = [:]
    private let director = "person:claudia-engel"

    override func setUpWithError() throws {
        try super.setUpWithError()
        environment = ["LIAISON_NOW": "2026-11-20T16:00:00Z", "XDG_CONFIG_HOME": cli.path("config")]
        expectSuccess(try cli.run(["init", "--demo"], environment: environment))
    }

    private func run(_ arguments: [String]) throws -> CLIResult {
        try cli.run(arguments, environment: environment)
    }

    private func clashes(_ arguments: [String] = []) throws -> [ClashStatus] {
        try decode([ClashStatus].self, from: expectSuccess(try run(["clashes", "--format", "json"] + arguments)))
    }

    private func decisions() throws -> [Decision] {
        try decode([Decision].self, from: expectSuccess(try run(["decisions", "--format", "json"])))
    }

    private func rmds() throws -> [PersonID] {
        let dataset = try decode(Dataset.self, from: expectSuccess(try run(["export", "--format", "json"])))
        return dataset.people.filter { $0.role == .rmd }.map(\.id).sorted()
    }

    /// Escalates the most severe open study-site clash; returns it and the new decision's id.
    private func escalateStudySiteClash() throws -> (Clash, UUID) {
        let clash = try XCTUnwrap(try clashes(["--kind", "studySite"]).compactMap(\.clash).first)
        let result = expectSuccess(try run(["decide", "new", "--from-clash", clash.id, "--as", director]))
        let id = try XCTUnwrap(UUID(uuidString: result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)), result.stdout)
        XCTAssertTrue(result.stderr.contains("RACI for studyEntry"), result.stderr)
        return (clash, id)
    }

    func testTheDemoYieldsEveryClashKind() throws {
        let statuses = try clashes()
        XCTAssertEqual(Set(statuses.compactMap(\.clash?.kind)), Set(ClashKind.allCases))
        let severities = statuses.compactMap(\.clash?.severity)
        XCTAssertEqual(severities, severities.sorted(by: >), "ranked by severity")
    }

    func testEscalateRecordFourRMDStancesAndRuleAsTheMedicalDirector() throws {
        let (clash, id) = try escalateStudySiteClash()
        XCTAssertEqual(try clashes(["--status", "escalated"]).map(\.clashID), [clash.id])
        let rmds = try rmds()
        XCTAssertEqual(rmds.count, 4)
        for (index, rmd) in rmds.enumerated() {
            let position = index == 3 ? "oppose" : "support"
            expectSuccess(try run(["decide", "stance", id.uuidString, position, "--note", "Stance \(index)", "--as", rmd]))
        }
        let resolved = expectSuccess(try run([
            "decide", "resolve", String(id.uuidString.prefix(8)), "--mode", "executiveRuling",
            "--outcome", "Open the study at the university hospital", "--rationale", "Influence for the launch",
            "--review-date", "2027-05-01", "--as", director,
        ]))
        XCTAssertFalse(resolved.stderr.contains("warning"), resolved.stderr)
        let decision = try XCTUnwrap(try decisions().first { $0.id == id })
        XCTAssertEqual(decision.resolution, .executiveRuling)
        XCTAssertEqual(decision.status, .decided)
        XCTAssertEqual(decision.decidedBy, director)
        XCTAssertEqual(decision.clashIDs, [clash.id])
        XCTAssertEqual(decision.topic, .studyEntry)
        XCTAssertEqual(decision.fieldCase.argument, clash.fieldPosition)
        XCTAssertEqual(decision.officeCase.argument, clash.officePosition)
        XCTAssertEqual(decision.stances.map(\.personID), rmds)
        XCTAssertEqual(decision.stances.last?.position, .oppose)
        XCTAssertEqual(try clashes(["--status", "resolved"]).first { $0.clashID == clash.id }?.triage?.decisionID, id)
        XCTAssertFalse(try clashes(["--kind", "roleOverreach"]).contains { $0.clashID.contains(id.uuidString) })
    }

    func testARulingByAnRMDWarnsAndRaisesARoleOverreachClash() throws {
        let (_, id) = try escalateStudySiteClash()
        let rmd = try XCTUnwrap(try rmds().first)
        let result = expectSuccess(try run([
            "decide", "resolve", id.uuidString, "--mode", "executiveRuling", "--outcome", "Keep the regional sites",
            "--rationale", "Relationships", "--as", rmd,
        ]))
        XCTAssertTrue(result.stderr.contains("warning:") && result.stderr.contains("role-overreach"), result.stderr)
        let overreach = try clashes(["--kind", "roleOverreach"])
        XCTAssertTrue(overreach.contains { $0.clashID == "roleOverreach:decision:\(id.uuidString)" }, "\(overreach.map(\.clashID))")
        XCTAssertTrue(overreach.allSatisfy { $0.clash?.kind == .roleOverreach })
    }

    func testGuardrailsAnswerWithClearMessagesAndChangeNothing() throws {
        let draft = expectSuccess(try run([
            "decide", "new", "--title", "Regional dinners", "--topic", "educationalFormat", "--scope", "north",
            "--field-case", "Local dinners keep the relationships", "--as", director,
        ]))
        let id = draft.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let compromise = try run([
            "decide", "resolve", id, "--mode", "compromise", "--outcome", "Both", "--rationale", "Half each", "--as", director,
        ])
        XCTAssertNotEqual(compromise.status, 0)
        XCTAssertTrue(compromise.stderr.contains("a compromise needs both the field case and the office case written down"), compromise.stderr)
        let deferred = try run(["decide", "resolve", id, "--mode", "deferred", "--rationale", "Wait", "--as", director])
        XCTAssertTrue(deferred.stderr.contains("a deferred decision needs a review date"), deferred.stderr)
        let noRationale = try run(["decide", "resolve", id, "--mode", "consensus", "--outcome", "Yes", "--rationale", " ", "--as", director])
        XCTAssertTrue(noRationale.stderr.contains("\"decided\" needs a rationale"), noRationale.stderr)
        XCTAssertEqual(try decisions().first { $0.id.uuidString == id }?.status, .open)
        let clash = try XCTUnwrap(try clashes().first)
        let dismiss = try run(["triage", clash.clashID, "dismiss", "--as", director])
        XCTAssertTrue(dismiss.stderr.contains("dismissing a clash needs a reason"), dismiss.stderr)
    }

    func testAPastReviewDateWarnsAndStalls() throws {
        let (_, id) = try escalateStudySiteClash()
        let result = expectSuccess(try run([
            "decide", "resolve", id.uuidString, "--mode", "consensus", "--outcome", "Agreed", "--rationale", "All in",
            "--review-date", "2026-11-01", "--as", director,
        ]))
        XCTAssertTrue(result.stderr.contains("stalled-decision"), result.stderr)
        XCTAssertTrue(try clashes(["--kind", "stalledDecision"]).contains { $0.clashID.contains(id.uuidString) })
    }

    func testTriageShowsInTheListAndTheDetail() throws {
        let clash = try XCTUnwrap(try clashes(["--kind", "channelMix"]).first)
        expectSuccess(try run(["triage", clash.clashID, "acknowledge", "--as", director]))
        XCTAssertEqual(try clashes(["--status", "acknowledged"]).map(\.clashID), [clash.clashID])
        expectSuccess(try run(["triage", clash.clashID, "dismiss", "--reason", "Planned pilot", "--as", director]))
        XCTAssertEqual(try clashes(["--status", "dismissed"]).first?.triage?.reason, "Planned pilot")
        XCTAssertFalse(try clashes().contains { $0.clashID == clash.clashID }, "dismissed clashes leave the active list")
        let show = expectSuccess(try run(["clashes", "show", clash.clashID])).stdout
        for part in ["Field:", "Office:", "Evidence", "Score", "Triage", "acknowledged by person:claudia-engel", "Planned pilot"] {
            XCTAssertTrue(show.contains(part), "missing \(part):\n\(show)")
        }
    }

    func testRevisitKeepsTheHistoryAndShowsIt() throws {
        let (_, id) = try escalateStudySiteClash()
        expectSuccess(try run([
            "decide", "resolve", id.uuidString, "--mode", "consensus", "--outcome", "First", "--rationale", "Agreed",
            "--as", director,
        ]))
        expectSuccess(try run(["decide", "revisit", id.uuidString, "--note", "Enrolment is slow", "--as", director]))
        XCTAssertEqual(try decisions().first { $0.id == id }?.status, .revisit)
        let show = expectSuccess(try run(["decide", "show", id.uuidString])).stdout
        for part in ["Stances", "Roles (RACI for studyEntry)", "Accountable", "History", "status: decided → revisit",
                     "note: Enrolment is slow", "outcome: \"\" → First"] {
            XCTAssertTrue(show.contains(part), "missing \(part):\n\(show)")
        }
        XCTAssertEqual(expectSuccess(try run(["decisions", "--id", id.uuidString])).stdout, show)
    }
}
