import Foundation
import FoundationXML
import LiaisonCore
import XCTest

/// A whole weekly meeting through the binary on the demo database: open, edit, add actions,
/// carry over into the next week, export the minutes and the HTML report.
final class MeetingCommandTests: CLITestCase {
    private let week = ["--week", "2026-W48", "--as", "ralf-zimmermann"]

    override func setUpWithError() throws {
        try super.setUpWithError()
        expectSuccess(try cli.run(["init", "--demo"]))
    }

    private func meeting(_ week: String = "2026-W48") throws -> Meeting {
        try decode(Meeting.self, from: expectSuccess(try cli.run(["meeting", "show", "--week", week, "--format", "json"])))
    }

    func testAWholeMeetingEndsInMinutesAndAReport() throws {
        let opened = expectSuccess(try cli.run(["meeting", "--format", "json"] + week))
        XCTAssertTrue(opened.stderr.contains("created the meeting for 2026-W48"), opened.stderr)
        let created = try decode(Meeting.self, from: opened)
        XCTAssertEqual(created.week, "2026-W48")
        XCTAssertEqual(Set(created.agenda.map(\.kind)), [.clash, .decision, .action, .theme, .stats])
        XCTAssertEqual(created.agenda.filter { $0.kind == .stats }.map(\.title),
                       ["East at a glance", "North at a glance", "South at a glance", "West at a glance"])
        let feasibility = try XCTUnwrap(created.agenda.first { $0.title == "Feasibility data for the seven South nominations" })
        XCTAssertEqual(feasibility.flags, [.overdue])
        XCTAssertFalse(created.clashSeverities.isEmpty)
        XCTAssertEqual(try meeting(), created, "opening again changes nothing")

        expectSuccess(try cli.run(["meeting", "attend", "ralf-zimmermann", "claudia-engel", "anja-schulze"] + week))
        expectSuccess(try cli.run(["meeting", "note", "1", "Agreed: <revisit> & report back"] + week))
        expectSuccess(try cli.run(["meeting", "add", "2027-H1 plan sign-off timeline"] + week))
        expectSuccess(try cli.run(["meeting", "drop", "2"] + week))
        let moved = expectSuccess(try cli.run(["meeting", "move", String(created.agenda.count + 1), "--to", "1"] + week))
        XCTAssertEqual(moved.stdout, "moved to 1: 2027-H1 plan sign-off timeline\n")
        let keep = expectSuccess(try cli.run([
            "meeting", "action", "add", "Send the revised East plan", "--owner", "anja-schulze", "--due", "2026-12-04", "--item", "2",
        ] + week)).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let finish = expectSuccess(try cli.run([
            "meeting", "action", "add", "Book the room", "--owner", "ralf-zimmermann", "--due", "2026-11-25",
        ] + week)).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        expectSuccess(try cli.run(["meeting", "action", "done", String(finish.prefix(8)), "--as", "ralf-zimmermann"]))

        let edited = try meeting()
        XCTAssertEqual(edited.attendees, ["person:ralf-zimmermann", "person:claudia-engel", "person:anja-schulze"])
        XCTAssertEqual(edited.agenda[0].title, "2027-H1 plan sign-off timeline")
        XCTAssertEqual(edited.agenda[1].notes, "Agreed: <revisit> & report back")
        XCTAssertTrue(edited.agenda[2].isDropped)
        XCTAssertEqual(edited.actions.map(\.title), ["Send the revised East plan", "Book the room"])
        XCTAssertEqual(edited.actions.map(\.status), [.open, .done])
        XCTAssertEqual(edited.actions[0].agendaItemID, edited.agenda[1].id)
        XCTAssertEqual(edited.actions[0].id.uuidString, keep)

        let owned = try decode([MeetingAction].self, from: expectSuccess(try cli.run([
            "meeting", "action", "list", "--owner", "anja-schulze", "--format", "json",
        ])))
        XCTAssertTrue(owned.contains { $0.action.title == "Send the revised East plan" })

        let next = try decode(Meeting.self, from: expectSuccess(try cli.run([
            "meeting", "--week", "2026-W49", "--as", "ralf-zimmermann", "--format", "json",
        ])))
        let carried = next.agenda.filter { $0.kind == .action }.map(\.title)
        XCTAssertTrue(carried.contains("Send the revised East plan"), "\(carried)")
        XCTAssertFalse(carried.contains("Book the room"), "done actions do not carry over")
        XCTAssertEqual(next.week, "2026-W49")

        let minutesPath = cli.path("minutes.md")
        expectSuccess(try cli.run(["report", "weekly", "--week", "2026-W48", "--format", "md", "-o", minutesPath]))
        let minutes = try String(contentsOfFile: minutesPath, encoding: .utf8)
        XCTAssertTrue(minutes.hasPrefix("# Weekly Medical Affairs meeting — 2026-W48\n"))
        XCTAssertTrue(minutes.contains("- Dr. Claudia Engel (`person:claudia-engel`)"))
        XCTAssertTrue(minutes.contains("1. **2027-H1 plan sign-off timeline** — Item · 5 min"))
        XCTAssertTrue(minutes.contains("> Agreed: \\<revisit\\> & report back"))
        XCTAssertTrue(minutes.contains("- Action: Send the revised East plan — Dr. Anja Schulze, due 2026-12-04, open"))
        XCTAssertTrue(minutes.contains("| Book the room | Ralf Zimmermann | 2026-11-25 | done | this meeting |"))
        XCTAssertTrue(minutes.contains("~~"), "the dropped item is struck out")

        let htmlPath = cli.path("report.html")
        expectSuccess(try cli.run(["report", "weekly", "--week", "2026-W48", "--format", "html", "-o", htmlPath]))
        let document = try XMLDocument(contentsOf: URL(fileURLWithPath: htmlPath), options: [])
        func values(_ path: String) throws -> [String] {
            try document.nodes(forXPath: path).compactMap(\.stringValue)
        }
        XCTAssertFalse(try values("//*[@id='theme-trends']//*[local-name()='polyline']/@data-series").isEmpty)
        XCTAssertEqual(try values("//*[@id='decisions-by-mode']//*[local-name()='rect']/@data-series"),
                       ["consensus", "compromise", "executiveRuling", "deferred"])
        XCTAssertEqual(try values("//*[@id='decisions-by-mode']//*[local-name()='rect']/@data-count"), ["4", "4", "2", "1"])
        XCTAssertEqual(Set(try values("//*[@id='clashes-by-region']//*[local-name()='g']/@data-group")),
                       ["national", "region:north", "region:south", "region:east", "region:west"])
        XCTAssertEqual(try values("//*[@class='notes']"), ["Agreed: <revisit> & report back"])
    }

    func testReportGoesToStandardOutputWithoutAMeeting() throws {
        let result = expectSuccess(try cli.run(["report", "weekly", "--week", "2026-W30"]))
        XCTAssertTrue(result.stdout.contains("No meeting was recorded for 2026-W30"))
        XCTAssertTrue(result.stdout.contains("## Actions"))
    }

    func testBadInputIsRefusedWithAReason() throws {
        let unknownWeek = try cli.run(["meeting", "show", "--week", "2026-W40"])
        XCTAssertEqual(unknownWeek.status, 1)
        XCTAssertTrue(unknownWeek.stderr.contains("no meeting for 2026-W40 yet"), unknownWeek.stderr)
        let badWeek = try cli.run(["meeting", "--week", "2026-W60", "--as", "ralf-zimmermann"])
        XCTAssertEqual(badWeek.status, 1)
        XCTAssertTrue(badWeek.stderr.contains("--week: 2026 has no week 60"), badWeek.stderr)
        let nobody = try cli.run(["meeting", "--week", "2026-W48"])
        XCTAssertEqual(nobody.status, 1)
        XCTAssertTrue(nobody.stderr.contains("--as"), nobody.stderr)
        expectSuccess(try cli.run(["meeting"] + week))
        let before = try meeting()
        let ghost = try cli.run(["meeting", "action", "add", "x", "--owner", "ghost", "--due", "2026-12-01"] + week)
        XCTAssertEqual(ghost.status, 1)
        XCTAssertTrue(ghost.stderr.contains("unknown person 'person:ghost'"), ghost.stderr)
        let missing = try cli.run(["meeting", "note", "999", "text"] + week)
        XCTAssertTrue(missing.stderr.contains("there is no item 999"), missing.stderr)
        XCTAssertEqual(try meeting(), before, "nothing half-written")
    }

    func testTheAgendaSeesStoredTriage() throws {
        let environment = ["LIAISON_NOW": "2026-11-20T16:00:00Z", "XDG_CONFIG_HOME": cli.path("config")]
        let director = "person:claudia-engel"
        let statuses = try decode([ClashStatus].self, from: expectSuccess(try cli.run(
            ["clashes", "--format", "json"], environment: environment)))
        let studySite = try XCTUnwrap(statuses.compactMap(\.clash).first { $0.kind == .studySite })
        let dismissed = try XCTUnwrap(statuses.compactMap(\.clash).first { $0.kind != .studySite })
        expectSuccess(try cli.run(["decide", "new", "--from-clash", studySite.id, "--as", director], environment: environment))
        expectSuccess(try cli.run(
            ["triage", dismissed.id, "dismiss", "--reason", "Agreed pilot", "--as", director], environment: environment))

        let meeting = try decode(Meeting.self, from: expectSuccess(try cli.run(
            ["meeting", "--week", "2026-W48", "--as", "ralf-zimmermann", "--format", "json"], environment: environment)))
        XCTAssertNil(meeting.clashSeverities[dismissed.id], "a dismissed clash is not active")
        XCTAssertNotNil(meeting.clashSeverities[studySite.id])
        XCTAssertFalse(meeting.agenda.contains { $0.kind != .decision && $0.kind != .stats && $0.evidence.contains(studySite.id) })
        let decision = try XCTUnwrap(meeting.agenda.first { $0.kind == .decision && $0.evidence.contains(studySite.id) })
        XCTAssertTrue(decision.flags.contains(.awaitingDecision))
        XCTAssertEqual(decision.severity, studySite.severity)
    }
}
