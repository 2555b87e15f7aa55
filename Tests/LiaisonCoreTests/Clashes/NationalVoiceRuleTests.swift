import LiaisonCore
import XCTest

final class NationalVoiceRuleTests: XCTestCase {
    private let rule = NationalVoiceRule()

    private func mandate(resolution: ResolutionMode = .executiveRuling, status: DecisionStatus = .decided) throws -> Decision {
        try ClashFixture.decision(
            title: "National webinar format", topic: .educationalFormat, status: status,
            resolution: status == .decided ? resolution : nil, decidedBy: status == .decided ? "person:md" : nil,
            decidedAt: ClashFixture.day(-30), reviewDate: ClashFixture.day(60))
    }

    private func snapshotWithNorthTactics(_ tactics: [Tactic], decisions: [Decision]) throws -> ClashSnapshot {
        var snapshot = try ClashFixture.snapshot()
        ClashFixture.editPlan(&snapshot, ClashFixture.planID("region:north")) { $0.tactics = tactics }
        snapshot.decisions = decisions
        return snapshot
    }

    private func tactic(
        _ code: String, kind: TacticKind = .educationalEvent, format: TacticFormat = .local, status: TacticStatus = .planned
    ) throws -> Tactic {
        try Tactic(code: code, title: "Tactic \(code)", kind: kind, format: format, status: status, objectiveCode: nil)
    }

    func testLocalFormatAgainstNationalMandateFires() throws {
        let decision = try mandate()
        let snapshot = try snapshotWithNorthTactics(
            [try tactic("tac:north-evening"), try tactic("tac:north-roadshow", status: .inProgress)], decisions: [decision])
        let clashes = ClashFixture.evaluate(rule, snapshot)
        XCTAssertEqual(clashes.map(\.id), ["nationalVoice:region:north/format:educational"])
        XCTAssertEqual(clashes[0].severity, 62)  // 30 + 2 × 12 + 1 × 8
        XCTAssertEqual(clashes[0].level, .high)
        XCTAssertTrue(clashes[0].evidence.contains(EvidenceRef(.decision, decision.id.uuidString)))
        XCTAssertTrue(clashes[0].evidence.contains(EvidenceRef(.tactic, "plan:north-2027-h1#tac:north-evening")))
        XCTAssertTrue(clashes[0].officePosition.contains("National webinar format"), clashes[0].officePosition)
        XCTAssertTrue(clashes[0].officePosition.contains("executive ruling"), clashes[0].officePosition)
    }

    func testFormatNearMissesDoNotFire() throws {
        let local = try tactic("tac:north-evening")
        let cases: [(String, [Tactic], [Decision])] = [
            ("no mandate", [local], []),
            ("mandate still open", [local], [try mandate(status: .open)]),
            ("mandate deferred", [local], [try ClashFixture.decision(
                topic: .educationalFormat, status: .decided, resolution: .deferred, decidedBy: "person:md",
                decidedAt: ClashFixture.day(-30), reviewDate: ClashFixture.day(30))]),
            ("national format", [try tactic("tac:a", format: .national)], [try mandate()]),
            ("not educational", [try tactic("tac:a", kind: .advisoryBoard)], [try mandate()]),
            ("cancelled", [try tactic("tac:a", status: .cancelled)], [try mandate()]),
            ("regional exemption after the mandate", [local], [try mandate(), try ClashFixture.decision(
                topic: .educationalFormat, scope: .region("region:north"), status: .decided, resolution: .compromise,
                decidedBy: "person:md", decidedAt: ClashFixture.day(-10))]),
        ]
        for (name, tactics, decisions) in cases {
            XCTAssertEqual(ClashFixture.evaluate(rule, try snapshotWithNorthTactics(tactics, decisions: decisions)), [], name)
        }
    }

    func testEvenRMDSplitOnNationalVoiceIsCritical() throws {
        let decision = try ClashFixture.decision(
            title: "One voice on the 2027 global brief", topic: .nationalVoice,
            stances: [
                ClashFixture.stance(ClashFixture.rmd("region:north"), .support),
                ClashFixture.stance(ClashFixture.rmd("region:south"), .support),
                ClashFixture.stance(ClashFixture.rmd("region:east"), .oppose),
                ClashFixture.stance(ClashFixture.rmd("region:west"), .oppose),
            ])
        var snapshot = try ClashFixture.snapshot()
        snapshot.decisions = [decision]
        let clashes = ClashFixture.evaluate(rule, snapshot)
        XCTAssertEqual(clashes.map(\.id), ["nationalVoice:decision:\(decision.id.uuidString)"])
        XCTAssertEqual(clashes[0].severity, 80)  // 30 + 1.0 × 40 + 2 × 5
        XCTAssertEqual(clashes[0].level, .critical)
        XCTAssertTrue(clashes[0].fieldPosition.contains("2–2"), clashes[0].fieldPosition)
    }

    func testThreeToOneSplitIsHigh() throws {
        let decision = try ClashFixture.decision(
            topic: .nationalVoice,
            stances: ["region:north", "region:south", "region:east"].map { ClashFixture.stance(ClashFixture.rmd($0), .support) }
                + [ClashFixture.stance(ClashFixture.rmd("region:west"), .oppose)])
        var snapshot = try ClashFixture.snapshot()
        snapshot.decisions = [decision]
        XCTAssertEqual(ClashFixture.evaluate(rule, snapshot).map(\.severity), [55])  // 30 + 0.5 × 40 + 1 × 5
    }

    func testSplitNearMissesDoNotFire() throws {
        let north = ClashFixture.rmd("region:north")
        let east = ClashFixture.rmd("region:east")
        let cases: [(String, Decision)] = [
            ("unanimous", try ClashFixture.decision(topic: .nationalVoice, stances: [
                ClashFixture.stance(north, .support), ClashFixture.stance(east, .support)])),
            ("only an MSL opposes", try ClashFixture.decision(topic: .nationalVoice, stances: [
                ClashFixture.stance(north, .support), ClashFixture.stance("person:msl-north", .oppose)])),
            ("changed mind: latest stance counts", try ClashFixture.decision(topic: .nationalVoice, stances: [
                ClashFixture.stance(north, .support), ClashFixture.stance(east, .oppose, at: -9),
                ClashFixture.stance(east, .support, at: -2)])),
            ("already decided", try ClashFixture.decision(
                topic: .nationalVoice, status: .decided, resolution: .executiveRuling, decidedBy: "person:md",
                decidedAt: ClashFixture.day(-1), stances: [ClashFixture.stance(north, .support), ClashFixture.stance(east, .oppose)])),
            ("other topic", try ClashFixture.decision(topic: .studyEntry, stances: [
                ClashFixture.stance(north, .support), ClashFixture.stance(east, .oppose)])),
        ]
        for (name, decision) in cases {
            var snapshot = try ClashFixture.snapshot()
            snapshot.decisions = [decision]
            XCTAssertEqual(ClashFixture.evaluate(rule, snapshot), [], name)
        }
    }
}
