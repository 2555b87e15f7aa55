import Foundation
import LiaisonCore
import TerminalKit
import XCTest

/// A whole weekly meeting run in the real binary under tmux on a database made with
/// `liaison init --demo`, the clock fixed by `LIAISON_NOW` in 2026-W48: reorder, drop, note,
/// action, attendance, presenter mode, export; then the minutes file and
/// `liaison meeting show --format json` must both hold what was done.
final class MeetingEndToEndTests: XCTestCase {
    private var folder: URL!
    private let now = "2026-11-27T16:00:00Z"
    private let lead = "person:ralf-zimmermann"

    override func setUpWithError() throws {
        try TmuxSession.requireTmux()
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-meeting-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    private var environment: [String: String] {
        ["HOME": folder.path, "XDG_CONFIG_HOME": folder.path, "XDG_DATA_HOME": folder.path, "LIAISON_DB": "",
         "LIAISON_AS": "", "LIAISON_NOW": now]
    }

    func testRunAWholeMeetingAndExportTheMinutes() throws {
        let binary = try TmuxSession.liaisonBinary()
        let database = folder.appendingPathComponent("liaison.sqlite").path
        let created = try Subprocess.run([binary, "init", "--demo", "--db", database], environment: environment)
        XCTAssertEqual(created.status, 0, created.output)

        let script = "cd \(quote(folder.path)) && exec \(quote(binary)) --db \(quote(database)) --as \(lead)"
        let session = try TmuxSession(["sh", "-c", script], width: 120, height: 40, environment: environment)
        try session.waitFor("1 Dashboard")
        try session.sendKeys("7")
        try session.waitFor("Weekly meeting 2026-W48", "Agenda ·")
        try session.sendKeys("J")
        try session.waitFor("Item moved")
        try session.sendKeys("j", "d")
        try session.waitFor("Item dropped", "dropped")
        try session.sendKeys("k", "N")
        try session.waitFor("Note on the item")
        try session.type("Sales ops to pause the North visits")
        try session.sendKeys("Enter")
        try session.waitFor("Note saved")
        try session.sendKeys("t")
        try session.waitFor("New action")
        try session.type("Align the North contact plan")
        try session.sendKeys("Tab", "Enter")
        try session.type("zimmer")
        try session.sendKeys("Enter")
        try session.type("2026-12-04")
        try session.sendKeys("Enter")
        try session.waitFor("Action added")
        try session.sendKeys("A")
        try session.waitFor("Attendance · 0 of")
        try session.sendKeys("Space")
        try session.waitFor("Attendance · 1 of")
        try session.sendKeys("Down", "Space")
        try session.waitFor("Attendance · 2 of")
        try session.sendKeys("Escape")
        _ = try session.waitUntil("the checklist to close") { !$0.contains("Attendance ·") && $0.contains("2 attending") }

        try session.sendKeys("p")
        let first = try session.waitUntil("presenter mode") { !$0.contains("Agenda ·") }
        try session.sendKeys("n")
        let second = try session.waitUntil("the next item") { $0 != first }
        try session.sendKeys("p")
        _ = try session.waitUntil("the previous item") { $0 != second }
        try session.sendKeys("Escape")
        try session.waitFor("Agenda ·")

        try session.sendKeys("e")
        try session.waitFor("liaison-minutes-2026-W48.md")
        try session.sendKeys("Enter")
        try session.waitFor("minutes written to")
        try session.sendKeys("q", "q")
        XCTAssertEqual(try session.waitForExit(), 0)

        let minutes = try String(contentsOf: folder.appendingPathComponent("liaison-minutes-2026-W48.md"), encoding: .utf8)
        for expected in ["Sales ops to pause the North visits", "Align the North contact plan", "Ralf Zimmermann", "2026-12-04"] {
            XCTAssertTrue(minutes.contains(expected), "the minutes lack '\(expected)':\n\(minutes)")
        }

        let shown = try Subprocess.run(
            [binary, "meeting", "show", "--format", "json", "--week", "2026-W48", "--db", database], environment: environment)
        XCTAssertEqual(shown.status, 0, shown.output)
        let meeting = try JSONCoding.decoder().decode(Meeting.self, from: Data(shown.output.utf8))
        XCTAssertEqual(meeting.attendees.count, 2)
        let people = try AppFixture.demoDataset().people
        let names = meeting.attendees.compactMap { id in people.first { $0.id == id }?.name }
        XCTAssertEqual(names.count, 2)
        for name in names { XCTAssertTrue(minutes.contains(name), "the minutes lack attendee \(name)") }
        XCTAssertEqual(meeting.agenda.filter(\.isDropped).count, 1)
        let noted = try XCTUnwrap(meeting.agenda.first { $0.notes.contains("Sales ops to pause the North visits") })
        let action = try XCTUnwrap(meeting.actions.first { $0.title == "Align the North contact plan" })
        XCTAssertEqual(action.ownerID, lead)
        XCTAssertEqual(AgendaText.day(action.due), "2026-12-04")
        XCTAssertEqual(action.agendaItemID, noted.id)
    }

    private func quote(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
