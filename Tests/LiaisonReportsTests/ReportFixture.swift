import Foundation
import LiaisonCore

/// A weekly report built in code: a meeting with one item of every kind (one dropped, one
/// with notes and an action), awkward characters in user text, two decisions taken, actions
/// from this and an earlier meeting, three theme trends and clashes in two scopes.
enum ReportFixture {
    static let week = try! MeetingWeek(parsing: "2027-W03")
    static let asOf = date("2027-01-20T10:00:00Z")

    static func date(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    static func id(_ number: Int) -> UUID {
        UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", number))!
    }

    static func report() throws -> WeeklyReport {
        let items = [
            AgendaItem(
                id: id(1), source: "clash", title: "Priority divergence: North · Early diagnosis", reference: "priorityDivergence:x",
                notes: "Anna: <plan> & \"scope\" stay\nRevisit in March", summary: "critical 85 · Field: wants A · Office: wants B",
                evidence: ["priorityDivergence:x", "insight:abc"], severity: 85, flags: [.new], timeBoxMinutes: 10),
            AgendaItem(
                id: id(2), source: "decision", title: "Review: HF board", reference: id(50).uuidString,
                summary: "decided · national · review 2027-01-10 (overdue)", evidence: [id(50).uuidString], flags: [.overdue],
                timeBoxMinutes: 8),
            AgendaItem(
                id: id(3), source: "escalation", title: "Escalated: Stalled decision", reference: "stalledDecision:y",
                summary: "escalated 2027-01-12 by Clara Wolf", evidence: ["stalledDecision:y"], severity: 60,
                flags: [.awaitingDecision], timeBoxMinutes: 8, isDropped: true),
            AgendaItem(
                id: id(4), source: "action", title: "Feasibility data", reference: id(60).uuidString,
                summary: "owner Anna Keller · due 2027-01-15 (overdue)", evidence: [id(60).uuidString], flags: [.overdue],
                timeBoxMinutes: 2),
            AgendaItem(
                id: id(5), source: "theme", title: "North · Unmet need ▲ +6 week on week", reference: "region:north/theme:unmet-need",
                summary: "2 → 8 insights a week", flags: [.rising], series: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 8], timeBoxMinutes: 3),
            AgendaItem(
                id: id(6), source: "stats", title: "North at a glance", reference: "region:north",
                summary: "14 insights last week (▲ +4) · 1 open decision", series: [3, 4, 5, 4, 6, 7, 5, 6, 8, 9, 10, 14],
                timeBoxMinutes: 1),
            AgendaItem(id: id(7), source: "free", title: "AOB: budget | Q2 *draft*", timeBoxMinutes: 5),
        ]
        let agreed = try ActionItem(
            id: id(70), title: "Send the revised plan <v2>", ownerID: "person:anna", due: date("2027-01-27T09:00:00Z"),
            agendaItemID: id(1))
        let meeting = Meeting(
            id: id(100), date: date("2027-01-19T09:00:00Z"), attendees: ["person:anna", "person:clara", "person:gone"],
            agenda: items, actions: [agreed], notes: "Weekly meeting & review", week: week.description)
        let decided = try Decision(
            id: id(50), title: "HF board: national or regional", topic: .other, scope: .national,
            fieldCase: Case(argument: "Regional boards."), officeCase: Case(argument: "One national board."),
            resolution: .compromise, decidedBy: "person:clara", outcome: "One national board, two seats per region.",
            rationale: "Keeps one advice record & gives regions a voice.", reviewDate: date("2027-07-01T09:00:00Z"),
            status: .decided, createdBy: "person:anna", createdAt: date("2027-01-05T09:00:00Z"),
            decidedAt: date("2027-01-19T11:00:00Z"))
        let ruling = try Decision(
            id: id(51), title: "MSL capacity", topic: .resourceAllocation, scope: .region("region:north"),
            fieldCase: Case(argument: "More MSLs."), officeCase: Case(argument: "Same headcount."),
            resolution: .executiveRuling, decidedBy: "person:clara", outcome: "Two more MSLs from April.",
            rationale: "Launch needs coverage.", status: .decided, createdBy: "person:anna",
            createdAt: date("2027-01-06T09:00:00Z"), decidedAt: date("2027-01-20T08:00:00Z"))
        let carried = try ActionItem(
            id: id(60), title: "Feasibility data", ownerID: "person:anna", due: date("2027-01-15T09:00:00Z"))
        return WeeklyReport(
            week: week, asOf: asOf, meeting: meeting,
            peopleNames: ["person:anna": "Anna Keller", "person:clara": "Clara Wolf"],
            regions: [.init(id: "region:north", name: "North"), .init(id: "region:south", name: "South")],
            decisionsTaken: [decided, ruling],
            actions: [
                MeetingAction(action: agreed, meetingID: id(100), meetingDate: meeting.date, meetingWeek: week.description),
                MeetingAction(action: carried, meetingID: id(99), meetingDate: date("2027-01-12T09:00:00Z")),
            ],
            weekLabels: (40...51).map { "W\($0)" },
            themeTrends: [
                .init(theme: "unmet-need", name: "Unmet need", series: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 8]),
                .init(theme: "safety-perception", name: "Safety <perception>", series: [0, 0, 2, 3, 1, 0, 0, 4, 5, 5, 1, 1]),
                .init(theme: "competitor", name: "Competitor", series: Array(repeating: 0, count: 12)),
            ],
            clashCounts: [
                .init(regionID: nil, label: "National", byLevel: [.critical: 1, .medium: 2]),
                .init(regionID: "region:north", label: "North", byLevel: [.high: 3, .low: 1]),
            ],
            decisionsByMode: [
                .init(mode: .consensus, count: 4), .init(mode: .compromise, count: 3),
                .init(mode: .executiveRuling, count: 2), .init(mode: .deferred, count: 0),
            ])
    }

    /// A week with no meeting and nothing happening.
    static func emptyReport() -> WeeklyReport {
        WeeklyReport(
            week: week, asOf: asOf, meeting: nil, peopleNames: [:], regions: [], decisionsTaken: [], actions: [],
            weekLabels: (40...51).map { "W\($0)" }, themeTrends: [], clashCounts: [],
            decisionsByMode: ResolutionMode.allCases.map { .init(mode: $0, count: 0) })
    }
}
