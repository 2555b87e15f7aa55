import Foundation
import LiaisonCore
import LiaisonReports
import XCTest

final class MarkdownMinutesTests: XCTestCase {
    func testMinutesMatchTheGoldenFile() throws {
        try Snapshot.assertMatches(MarkdownMinutes.render(try ReportFixture.report()), named: "weekly-minutes.md")
    }

    func testAWeekWithoutAMeetingMatchesTheGoldenFile() throws {
        try Snapshot.assertMatches(MarkdownMinutes.render(ReportFixture.emptyReport()), named: "weekly-minutes-empty.md")
    }

    func testMinutesCarryDecisionsActionsAndAttendance() throws {
        let text = MarkdownMinutes.render(try ReportFixture.report())
        XCTAssertTrue(text.contains("- Resolution: **Compromise**, decided by Clara Wolf on 2027-01-19"))
        XCTAssertTrue(text.contains("- Rationale: Keeps one advice record & gives regions a voice."))
        XCTAssertTrue(text.contains("| Feasibility data | Anna Keller | 2027-01-15 (overdue) | open | meeting of 2027-01-12 |"))
        XCTAssertTrue(text.contains("- gone (`person:gone`)"), "unknown people fall back to their id")
        XCTAssertTrue(text.contains("~~**Escalated: Stalled decision**~~ (dropped)"))
        XCTAssertTrue(text.contains("AOB: budget \\| Q2 \\*draft\\*"), "Markdown markup in user text is escaped")
    }

    func testEveryNoteLineIsItsOwnParagraph() throws {
        let text = MarkdownMinutes.render(try ReportFixture.report())
        XCTAssertTrue(text.contains("   Notes:\n   > Anna: \\<plan\\> & \"scope\" stay\n   >\n   > Revisit in March\n"), text)
    }
}
