import LiaisonApp
import LiaisonCore
import TerminalKit
import XCTest

/// The Meeting screen in agenda mode on the demo data and the fixed clock, at 80×24 and
/// 160×48: an item with a note and an action, a dropped item, and the action form showing a
/// validation error. Re-record with `UPDATE_SNAPSHOTS=1`.
final class MeetingGoldenTests: XCTestCase {
    private let sizes = [(80, 24), (160, 48)]

    func testAgendaWithANoteAnActionAndADroppedItem() throws {
        for (width, height) in sizes {
            var driver = try MeetingFixture.driver(width: width, height: height)
            driver.press(.char("N"))
            driver.type("Field to share the three sample insights")
            driver.pressMeeting(.enter)
            addAction(&driver, due: "2026-12-04")
            driver.pressMeeting(.char("A"), .char(" "), .down, .char(" "), .escape)
            driver.pressMeeting(.down, .char("d"), .up)
            XCTAssertNil(GoldenFile.mismatch(driver.render(), named: "meeting-agenda-\(width)x\(height)"))
        }
    }

    func testActionFormWithAnInvalidDueDate() throws {
        for (width, height) in sizes {
            var driver = try MeetingFixture.driver(width: width, height: height)
            addAction(&driver, due: "4 Dec")
            XCTAssertNotNil(driver.state.meeting.form)
            XCTAssertNil(GoldenFile.mismatch(driver.render(), named: "meeting-action-error-\(width)x\(height)"))
        }
    }

    func testHelpListsTheMeetingKeys() throws {
        var driver = try MeetingFixture.driver(width: 160, height: 48)
        driver.press(.char("?"))
        let text = driver.screenText
        for help in ["Move the item down / up", "Drop the item", "Attendance", "Export the Markdown minutes", "Presenter mode"] {
            XCTAssertTrue(text.contains(help), help)
        }
    }

    private func addAction(_ driver: inout AppDriver, due: String) {
        driver.press(.char("t"))
        driver.type("Send the FAQ draft to the RMDs")
        driver.press(.tab, .enter)
        driver.type("ralf")
        driver.press(.enter)
        driver.type(due)
        driver.pressMeeting(.enter)
    }
}
