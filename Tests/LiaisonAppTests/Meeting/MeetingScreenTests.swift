import Foundation
import LiaisonApp
import LiaisonCore
import LiaisonReports
import LiaisonStore
import TerminalKit
import XCTest

/// The Meeting screen's journeys on the demo data: every edit goes through the driver and
/// `MeetingLoader`, then the meeting is re-read from the store.
final class MeetingScreenTests: XCTestCase {
    func testOpeningCreatesThisWeeksMeetingWithAGeneratedAgenda() throws {
        let driver = try MeetingFixture.driver()
        let stored = try MeetingFixture.stored(driver)
        XCTAssertEqual(stored.week, "2026-W48")
        XCTAssertFalse(stored.agenda.isEmpty)
        XCTAssertEqual(driver.state.meeting.meeting, stored)
        XCTAssertEqual(driver.state.meeting.selectedItem?.id, stored.agenda.first?.id)
        XCTAssertTrue(driver.screenText.contains("Weekly meeting 2026-W48"))
    }

    func testMoveDownAndUpSavesTheNewOrder() throws {
        var driver = try MeetingFixture.driver()
        let before = try MeetingFixture.stored(driver).agenda.map(\.id)
        driver.pressMeeting(.char("J"))
        XCTAssertEqual(try MeetingFixture.stored(driver).agenda.map(\.id)[1], before[0])
        XCTAssertEqual(driver.state.meeting.selectedItem?.id, before[0], "the selection follows the moved item")
        driver.pressMeeting(.char("K"))
        XCTAssertEqual(try MeetingFixture.stored(driver).agenda.map(\.id), before)
        driver.pressMeeting(.char("K"))
        XCTAssertEqual(driver.state.status?.text, "Already first")
    }

    func testDropThenRestore() throws {
        var driver = try MeetingFixture.driver()
        driver.pressMeeting(.down, .char("d"))
        let item = try XCTUnwrap(driver.state.meeting.selectedItem)
        XCTAssertTrue(try MeetingFixture.stored(driver).agenda.first { $0.id == item.id }?.isDropped ?? false)
        XCTAssertTrue(driver.screenText.contains("dropped"))
        driver.pressMeeting(.char("d"))
        XCTAssertFalse(try MeetingFixture.stored(driver).agenda.first { $0.id == item.id }?.isDropped ?? true)
    }

    func testAddAFreeItemWithATimeBox() throws {
        var driver = try MeetingFixture.driver()
        driver.press(.char("a"))
        driver.type("Congress debrief")
        driver.press(.tab)
        driver.erase(3)
        driver.type("x")
        driver.pressMeeting(.enter)
        XCTAssertEqual(driver.state.meeting.form?.form.fields[1].message, "a whole number of minutes, 1 or more")
        XCTAssertEqual(driver.state.meeting.form?.value("Title"), "Congress debrief", "what was typed stays")
        driver.erase(1)
        driver.type("15")
        driver.pressMeeting(.enter)
        XCTAssertNil(driver.state.meeting.form)
        let last = try XCTUnwrap(try MeetingFixture.stored(driver).agenda.last)
        XCTAssertEqual(last.title, "Congress debrief")
        XCTAssertEqual(last.timeBoxMinutes, 15)
        XCTAssertEqual(last.kind, .free)
        XCTAssertEqual(driver.state.meeting.selectedItem?.id, last.id)
    }

    func testNoteOnTheSelectedItem() throws {
        var driver = try MeetingFixture.driver()
        driver.press(.char("N"))
        driver.pressMeeting(.enter)
        XCTAssertEqual(driver.state.meeting.form?.form.fields[0].message, "Required")
        driver.type("North asks for a second tumour-board slot")
        driver.pressMeeting(.enter)
        let first = try XCTUnwrap(try MeetingFixture.stored(driver).agenda.first)
        XCTAssertEqual(first.notes, "North asks for a second tumour-board slot")
        XCTAssertTrue(driver.screenText.contains("North asks for a second"))
    }

    func testAttendanceTogglesAreSavedAtOnce() throws {
        var driver = try MeetingFixture.driver()
        driver.press(.char("A"))
        let people = driver.state.meeting.people
        driver.pressMeeting(.char(" "), .down, .char(" "))
        XCTAssertEqual(try MeetingFixture.stored(driver).attendees, [people[0].id, people[1].id])
        driver.pressMeeting(.char(" "))
        XCTAssertEqual(try MeetingFixture.stored(driver).attendees, [people[0].id])
        driver.press(.escape)
        XCTAssertNil(driver.state.meeting.attendance)
        XCTAssertTrue(driver.screenText.contains("1 attending"))
    }

    func testActionWithOwnerPickedByNameAndAValidatedDueDate() throws {
        var driver = try MeetingFixture.driver()
        let item = try XCTUnwrap(driver.state.meeting.selectedItem)
        driver.press(.char("t"))
        driver.type("Draft the tumour-board FAQ")
        driver.press(.tab, .enter)
        XCTAssertNotNil(driver.state.meeting.form?.picker)
        driver.type("zimmer")
        driver.press(.enter)
        XCTAssertEqual(driver.state.meeting.form?.ownerID, MeetingFixture.lead)
        driver.type("2026-13-04")
        driver.pressMeeting(.enter)
        let form = try XCTUnwrap(driver.state.meeting.form)
        XCTAssertEqual(form.value("Due"), "2026-13-04", "the text typed stays")
        XCTAssertTrue(form.form.fields[2].message?.contains("use YYYY-MM-DD") ?? false)
        XCTAssertTrue(try MeetingFixture.stored(driver).actions.isEmpty)
        driver.erase(5)
        driver.type("12-04")
        driver.pressMeeting(.enter)
        XCTAssertNil(driver.state.meeting.form)
        let action = try XCTUnwrap(try MeetingFixture.stored(driver).actions.first)
        XCTAssertEqual(action.title, "Draft the tumour-board FAQ")
        XCTAssertEqual(action.ownerID, MeetingFixture.lead)
        XCTAssertEqual(AgendaText.day(action.due), "2026-12-04")
        XCTAssertEqual(action.agendaItemID, item.id)
        driver.pressMeeting(.char("x"))
        XCTAssertEqual(try MeetingFixture.stored(driver).actions.first?.status, .done)
        driver.pressMeeting(.char("x"))
        XCTAssertEqual(try MeetingFixture.stored(driver).actions.first?.status, .cancelled)
        driver.pressMeeting(.char("x"))
        XCTAssertEqual(try MeetingFixture.stored(driver).actions.first?.status, .open)
    }

    func testAStoreRefusalShowsNextToTheFieldAndKeepsTheText() throws {
        var driver = try MeetingFixture.driver()
        driver.press(.char("N"))
        driver.type("kept text")
        driver.deliver(.meeting(.rejected(.note, field: "notes", reason: "notes may not name a patient")))
        XCTAssertEqual(driver.state.meeting.form?.form.fields[0].message, "notes may not name a patient")
        XCTAssertEqual(driver.state.meeting.form?.value("Note"), "kept text")
    }

    func testExportWritesTheMarkdownMinutes() throws {
        var driver = try MeetingFixture.driver()
        driver.press(.char("N"))
        driver.type("Agreed to brief the field")
        driver.pressMeeting(.enter)
        driver.press(.char("e"))
        XCTAssertEqual(driver.state.meeting.form?.value("File"), "liaison-minutes-2026-W48.md")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("meeting-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("minutes.md").path
        driver.erase(40)
        driver.type(path)
        driver.pressMeeting(.enter)
        XCTAssertNil(driver.state.meeting.form)
        XCTAssertEqual(driver.state.status?.text, "Markdown minutes written to \(path)")
        let written = try String(contentsOfFile: path, encoding: .utf8)
        let report = try driver.env.store.weeklyReport(week: MeetingFixture.week, now: MeetingFixture.now, clashes: try XCTUnwrap(driver.env.clashes))
        XCTAssertEqual(written, MarkdownMinutes.render(report))
        XCTAssertTrue(written.contains("Agreed to brief the field"))
    }

    func testExportWritesTheHTMLReport() throws {
        var driver = try MeetingFixture.driver()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("meeting-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("report.html").path
        driver.press(.char("E"))
        driver.erase(40)
        driver.type(path)
        driver.pressMeeting(.ctrl("s"))
        XCTAssertEqual(driver.state.status?.text, "HTML report written to \(path)")
        let report = try driver.env.store.weeklyReport(week: MeetingFixture.week, now: MeetingFixture.now, clashes: try XCTUnwrap(driver.env.clashes))
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), HTMLReport.render(report))
    }

    func testExportToAMissingDirectoryKeepsTheDialogOpen() throws {
        var driver = try MeetingFixture.driver()
        driver.press(.char("E"))
        XCTAssertEqual(driver.state.meeting.form?.value("File"), "liaison-minutes-2026-W48.html")
        driver.erase(40)
        driver.type("/nonexistent-\(UUID().uuidString)/report.html")
        driver.pressMeeting(.enter)
        let form = try XCTUnwrap(driver.state.meeting.form)
        XCTAssertTrue(form.form.fields[0].message?.hasPrefix("cannot write") ?? false)
        XCTAssertTrue(form.value("File").hasSuffix("/report.html"))
    }

    func testPresenterModeTakesTheKeysAndEscReturns() throws {
        var driver = try MeetingFixture.driver()
        driver.press(.char("p"))
        XCTAssertEqual(driver.state.meeting.mode, .presenter)
        XCTAssertEqual(driver.state.meeting.presenter?.index, 0)
        driver.press(.char("n"))
        XCTAssertNil(driver.state.logInsight, "n is the presenter's, not the global new-insight key")
        XCTAssertEqual(driver.state.meeting.presenter?.index, 1)
        driver.press(.escape)
        XCTAssertEqual(driver.state.meeting.mode, .agenda)
        XCTAssertEqual(driver.state.screen, .meeting)
    }

    func testAnEmptyAgendaSaysWhatToDo() throws {
        var driver = try MeetingFixture.driver()
        let meeting = Meeting(date: MeetingFixture.now, week: MeetingFixture.week.description)
        let data = MeetingData(meeting: meeting, created: false, week: MeetingFixture.week, people: [], now: MeetingFixture.now)
        driver.deliver(.meeting(.opened(data)))
        XCTAssertTrue(driver.screenText.contains("The agenda is empty — press a to add an item"), driver.screenText)
        XCTAssertNil(driver.state.meeting.selectedItem)
    }

    func testClickingAnAgendaRowSelectsIt() throws {
        var driver = try MeetingFixture.driver()
        let agenda = try XCTUnwrap(driver.state.meeting.meeting?.agenda)
        driver.click(x: 20, y: 6)
        XCTAssertEqual(driver.state.meeting.selectedItem?.id, agenda[2].id)
    }

    func testTheDemoMeetingOfTheCurrentWeekOpensAsStored() throws {
        var driver = try ClashFixture.driver(as: MeetingFixture.lead)
        let week = MeetingWeek(containing: AppFixture.now)
        let stored = try XCTUnwrap(try driver.env.store.meeting(week: week))
        driver.press(.char(Character("\(Screen.meeting.number)")))
        driver.settleMeeting()
        XCTAssertEqual(driver.state.meeting.meeting, stored)
        XCTAssertNil(driver.state.status, "nothing was created")
        XCTAssertTrue(driver.screenText.contains("\(stored.attendees.count) attending"))
    }

    func testWithoutAPersonNoMeetingIsCreated() throws {
        let env = try MeetingFixture.environment(as: nil)
        if case .failed(let reason) = MeetingLoader.perform(.open(by: nil), env: env) {
            XCTAssertTrue(reason.contains("pick who you are"))
        } else {
            XCTFail("opening without a person must not create the meeting")
        }
        XCTAssertNil(try env.store.meeting(week: MeetingFixture.week))
    }
}
