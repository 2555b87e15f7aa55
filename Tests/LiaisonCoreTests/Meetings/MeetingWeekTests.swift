import Foundation
import LiaisonCore
import XCTest

final class MeetingWeekTests: XCTestCase {
    func testParsesAndPrintsISOWeeks() throws {
        let week = try MeetingWeek(parsing: "2027-W03")
        XCTAssertEqual(week.description, "2027-W03")
        XCTAssertEqual(AgendaText.day(week.start), "2027-01-18")
        XCTAssertEqual(AgendaText.day(week.end), "2027-01-25")
        XCTAssertEqual(try MeetingWeek(parsing: "2027-w3"), week)
        XCTAssertEqual(week.adding(weeks: -1).description, "2027-W02")
        XCTAssertEqual(week.adding(weeks: -3).description, "2026-W53")
    }

    func testYearBoundaries() throws {
        XCTAssertEqual(MeetingWeek(containing: AgendaFixture.date("2027-01-01T12:00:00Z")).description, "2026-W53")
        XCTAssertEqual(MeetingWeek(containing: AgendaFixture.date("2024-12-30T00:00:00Z")).description, "2025-W01")
        XCTAssertTrue(try MeetingWeek(parsing: "2027-W03").contains(AgendaFixture.now))
    }

    func testRejectsMalformedWeeks() {
        for text in ["2027-03", "2027-W00", "2027-W54", "2027-W53", "W03", "2027-W3x"] {
            XCTAssertThrowsError(try MeetingWeek(parsing: text), text) { error in
                XCTAssertEqual((error as? ValidationError)?.entity, "week")
            }
        }
    }
}
