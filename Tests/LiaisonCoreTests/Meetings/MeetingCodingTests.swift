import Foundation
import LiaisonCore
import XCTest

final class MeetingCodingTests: XCTestCase {
    func testJSONWithoutMeetingModeFieldsDecodesAndReencodesUnchanged() throws {
        let json = """
            {"actions":[{"due":"2026-11-16T09:00:00Z","id":"9D4EE315-8688-4375-93B4-E823785CC06B","ownerID":"person:anna","status":"open","title":"Feasibility data"}],\
            "agenda":[{"id":"4FAB6943-F598-4B3A-BCCC-BBBC6F04D2F5","notes":"No agreement.","reference":"ref","source":"decision","title":"Escalated"}],\
            "attendees":["person:anna"],"date":"2026-11-10T09:00:00Z","id":"0C091BD1-206B-4D1D-9842-8A495FC2B859","notes":"Weekly."}
            """
        let meeting = try JSONCoding.decoder().decode(Meeting.self, from: Data(json.utf8))
        XCTAssertNil(meeting.week)
        XCTAssertEqual(meeting.clashSeverities, [:])
        XCTAssertEqual(meeting.agenda[0].kind, .decision)
        XCTAssertFalse(meeting.agenda[0].isDropped)
        XCTAssertEqual(String(decoding: try JSONCoding.encoder(pretty: false).encode(meeting), as: UTF8.self), json)
    }

    func testMeetingModeFieldsRoundTrip() throws {
        let item = AgendaItem(
            id: AgendaFixture.id(5), source: "theme", title: "North · Unmet need", reference: "region:north/theme:unmet-need",
            notes: "n", summary: "2 → 8", evidence: ["a", "b"], severity: 40, flags: [.rising, .new], series: [1, 2, 8],
            timeBoxMinutes: 3, isDropped: true)
        let meeting = Meeting(
            id: AgendaFixture.id(6), date: AgendaFixture.now, attendees: ["person:anna"], agenda: [item],
            actions: [try ActionItem(id: AgendaFixture.id(7), title: "Do", ownerID: "person:anna", due: AgendaFixture.now, agendaItemID: item.id)],
            week: "2027-W03", clashSeverities: ["kind:x": 40])
        let data = try JSONCoding.encoder().encode(meeting)
        XCTAssertEqual(try JSONCoding.decoder().decode(Meeting.self, from: data), meeting)
    }

    func testUnknownSourceReadsAsFree() {
        XCTAssertEqual(AgendaItem(source: "something-else", title: "x").kind, .free)
    }
}
