import Foundation
import LiaisonCore
import XCTest
@testable import LiaisonStore

final class MeetingWorkflowTests: XCTestCase {
    private let lead: PersonID = "person:clara-md"
    private let week = MeetingWeek(containing: StoreFixture.now)
    private var store: LiaisonStore!

    override func setUpWithError() throws {
        store = try StoreFixture.store()
    }

    private func clash(_ subject: String, region: RegionID?, severity: Int) -> Clash {
        var score = ScoreCard()
        score.add("fixture", points: Double(severity))
        return Clash(
            kind: .priorityDivergence, subject: ClashSubject(kind: .objective, id: subject, label: subject),
            regionID: region, fieldPosition: "Field.", officePosition: "Office.", evidence: [],
            score: score, levels: ClashConfig.defaults.levels)
    }

    private func workflow(_ clashes: [Clash], themeChange: Int = 3) -> MeetingWorkflow {
        var settings = AgendaSettings.defaults
        settings.minimumThemeChange = themeChange
        return MeetingWorkflow(
            store: store,
            clashSource: FixedClashSource(ClashStatus.merge(clashes: clashes.sorted(by: Clash.ranksBefore), triage: [])),
            builder: AgendaBuilder(settings: settings))
    }

    func testOpeningCreatesTheMeetingOnceWithAGeneratedAgenda() throws {
        let flow = workflow([clash("north-x", region: "region:north", severity: 60)], themeChange: 1)
        let (meeting, created) = try flow.open(week: week, now: StoreFixture.now, by: lead)
        XCTAssertTrue(created)
        XCTAssertEqual(meeting.week, week.description)
        XCTAssertEqual(meeting.clashSeverities, ["priorityDivergence:north-x": 60])
        XCTAssertEqual(meeting.agenda.map(\.kind), [.clash, .decision, .decision, .action, .theme, .stats, .stats])
        XCTAssertEqual(meeting.agenda[0].flags, [.new])
        XCTAssertEqual(meeting.agenda[3].reference, StoreFixture.id(303).uuidString, "open action of the earlier meeting")
        XCTAssertEqual(meeting.agenda[4].reference, "region:south/theme:access-reimbursement")
        XCTAssertEqual(meeting.agenda[4].evidence, [StoreFixture.id(5).uuidString])
        XCTAssertEqual(try store.meeting(week: week), meeting)

        let again = try flow.open(week: week, now: StoreFixture.now, by: lead)
        XCTAssertFalse(again.created)
        XCTAssertEqual(again.meeting, meeting)
        XCTAssertEqual(try store.meetings().items.count, 2)
    }

    func testNextMeetingTellsNewWorsenedAndUnchangedApart() throws {
        _ = try workflow([
            clash("a", region: "region:north", severity: 60), clash("b", region: "region:south", severity: 40),
        ]).open(week: week, now: StoreFixture.now, by: lead)
        let next = week.adding(weeks: 1)
        let meeting = try workflow([
            clash("a", region: "region:north", severity: 70), clash("b", region: "region:south", severity: 41),
            clash("c", region: nil, severity: 35),
        ]).open(week: next, now: next.start.addingTimeInterval(3_600), by: lead).meeting
        let clashes = meeting.agenda.filter { $0.kind == .clash }
        XCTAssertEqual(clashes.map(\.reference), ["priorityDivergence:a", "priorityDivergence:c"])
        XCTAssertEqual(clashes.map(\.flags), [[.worsened], [.new]])
        XCTAssertEqual(clashes[0].summary.prefix(18), "high 70 (was 60) ·")
    }

    func testOpenActionsCarryOverAndDoneOnesDoNot() throws {
        let flow = workflow([])
        let meeting = try flow.open(week: week, now: StoreFixture.now, by: lead).meeting
        let keep = try ActionItem(title: "Keep me", ownerID: "person:anna-rmd", due: StoreFixture.now.addingTimeInterval(5 * 86_400))
        let finish = try ActionItem(title: "Finish me", ownerID: "person:bernd-rmd", due: StoreFixture.now)
        try flow.apply([.addAction(keep), .addAction(finish)], to: meeting.id, by: lead)
        try store.setActionStatus(finish.id, to: .done, by: lead)

        let next = week.adding(weeks: 1)
        let carried = try flow.open(week: next, now: next.start.addingTimeInterval(3_600), by: lead).meeting
            .agenda.filter { $0.kind == .action }
        XCTAssertEqual(carried.map(\.title), ["Draft compromise", "Keep me"])
        XCTAssertEqual(carried.map(\.flags), [[.overdue], []])
        XCTAssertEqual(try store.openActions(ownerID: "person:anna-rmd").map(\.action.title), ["Draft compromise", "Keep me"])
        XCTAssertEqual(try store.openActions(ownerID: "person:bernd-rmd"), [])
    }

    func testActionStatusChangesInWhicheverMeetingHoldsItAndIsAudited() throws {
        let earlier = StoreFixture.id(301)
        let entry = try store.action(matching: "00000000-0000-0000-0000-000000000303")
        XCTAssertEqual(entry.meetingID, earlier)
        try store.setActionStatus(entry.action.id, to: .done, by: lead)
        XCTAssertEqual(try store.meeting(id: earlier)?.actions.map(\.status), [.done])
        let audit = try store.auditLog(entity: "meeting", entityID: earlier.uuidString).items
        XCTAssertEqual(audit.first?.actor, lead)
        XCTAssertEqual(audit.first?.action, .update)
        XCTAssertThrowsError(try store.setActionStatus(UUID(), to: .done, by: lead)) { error in
            guard case StoreError.notFound(let entity, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(entity, "action")
        }
    }

    func testEditsAreAllOrNothing() throws {
        let flow = workflow([])
        let meeting = try flow.open(week: week, now: StoreFixture.now, by: lead).meeting
        XCTAssertThrowsError(try flow.apply([.attend(["person:anna-rmd"]), .attend(["person:nobody"])], to: meeting.id, by: lead)) {
            XCTAssertEqual(($0 as? ValidationError)?.reason, "unknown person 'person:nobody'")
        }
        XCTAssertEqual(try store.meeting(id: meeting.id), meeting)
        let badOwner = try ActionItem(title: "x", ownerID: "person:ghost", due: StoreFixture.now)
        XCTAssertThrowsError(try flow.apply([.addAction(badOwner)], to: meeting.id, by: lead))
        let saved = try flow.apply([.attend(["person:anna-rmd"]), .drop(item: meeting.agenda[0].id)], to: meeting.id, by: lead)
        XCTAssertEqual(saved.attendees, ["person:anna-rmd"])
        XCTAssertEqual(try store.meeting(id: meeting.id), saved)
    }

    func testMeetingModeFieldsSurviveTheStoreAndTheDataset() throws {
        let flow = workflow([clash("north-x", region: "region:north", severity: 60)], themeChange: 1)
        let meeting = try flow.open(week: week, now: StoreFixture.now, by: lead).meeting
        let item = meeting.agenda[0]
        let edited = try flow.apply([
            .note(item: item.id, text: "Discussed"), .drop(item: meeting.agenda[1].id),
            .addAction(try ActionItem(title: "Follow up", ownerID: "person:anna-rmd", due: StoreFixture.now, agendaItemID: item.id)),
        ], to: meeting.id, by: lead)
        let copy = try StoreFixture.emptyStore()
        try copy.importDataset(try store.exportDataset(), actor: "person:admin")
        XCTAssertEqual(try copy.meeting(id: meeting.id), edited)
        XCTAssertEqual(try copy.exportDatasetJSON(), try store.exportDatasetJSON())
    }

    func testAMeetingRecordedWithoutAWeekIsFoundByItsDate() throws {
        let earlierWeek = MeetingWeek(containing: StoreFixture.now.addingTimeInterval(-7 * 86_400))
        XCTAssertEqual(try store.meeting(week: earlierWeek)?.id, StoreFixture.id(301))
        XCTAssertNil(try store.meeting(week: week))
    }

    func testWeeklyThemeCountsCountSubmittedInsightsPerWeek() throws {
        let counts = try store.weeklyThemeCounts(weeks: 2, endingWith: week)
        XCTAssertEqual(counts["region:north"]?["unmet-need"], [0, 1], "draft and archived insights are not counted")
        XCTAssertEqual(counts["region:north"]?["diagnostic-pathway"], [0, 2])
        XCTAssertEqual(counts["region:south"]?["access-reimbursement"], [1, 0])
        XCTAssertNil(counts["region:south"]?["competitor"], "outside the window")
    }

    func testWeeklyReportGathersTheWeek() throws {
        let source = FixedClashSource(ClashStatus.merge(clashes: [
            clash("a", region: "region:north", severity: 85), clash("b", region: "region:north", severity: 40),
            clash("c", region: nil, severity: 10),
        ], triage: []))
        let report = try store.weeklyReport(week: week, now: StoreFixture.now, clashes: source)
        XCTAssertNil(report.meeting)
        XCTAssertEqual(report.actions.map(\.action.title), ["Draft compromise"])
        XCTAssertEqual(report.weekLabels.count, 12)
        XCTAssertEqual(report.weekLabels.last, "W02")
        XCTAssertEqual(report.clashCounts.map(\.label), ["National", "North"])
        XCTAssertEqual(report.clashCounts[1].byLevel, [.critical: 1, .medium: 1])
        XCTAssertEqual(report.decisionsByMode.map(\.count), [0, 1, 0, 0])
        XCTAssertEqual(report.themeTrends.first?.theme, "diagnostic-pathway")

        let decidedWeek = MeetingWeek(containing: StoreFixture.now.addingTimeInterval(-15 * 86_400))
        let earlier = try store.weeklyReport(week: decidedWeek, now: StoreFixture.now, clashes: source)
        XCTAssertEqual(earlier.decisionsTaken.map(\.id), [StoreFixture.id(102)])
    }

    func testReportKeepsActionsTheAgendaReviewedEvenWhenClosed() throws {
        _ = try workflow([]).open(week: week, now: StoreFixture.now, by: lead)
        try store.setActionStatus(StoreFixture.id(303), to: .done, by: lead)
        XCTAssertEqual(try store.openActions(before: week.start), [])
        let report = try store.weeklyReport(week: week, now: StoreFixture.now, clashes: FixedClashSource([]))
        XCTAssertEqual(report.actions.map(\.action.title), ["Draft compromise"])
        XCTAssertEqual(report.actions.map(\.action.status), [.done])
    }
}
