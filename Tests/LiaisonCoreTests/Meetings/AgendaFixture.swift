import Foundation
import LiaisonCore

/// Agenda inputs with one case of every agenda source, at a fixed clock:
/// week 2027-W03 (Monday 2027-01-18), now Wednesday 2027-01-20 10:00 UTC.
enum AgendaFixture {
    static let week = try! MeetingWeek(parsing: "2027-W03")
    static let now = date("2027-01-20T10:00:00Z")

    static func date(_ text: String) -> Date {
        ISO8601DateFormatter().date(from: text)!
    }

    static func id(_ number: Int) -> UUID {
        UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", number))!
    }

    static func clash(_ kind: ClashKind, _ subject: String, region: RegionID?, severity: Int) -> Clash {
        var score = ScoreCard()
        score.add("fixture", points: Double(severity))
        return Clash(
            kind: kind, subject: ClashSubject(kind: .theme, id: subject, label: subject.capitalized), regionID: region,
            fieldPosition: "Field says \(subject).", officePosition: "Office says \(subject).",
            evidence: [EvidenceRef(.insight, id(900).uuidString)], score: score, levels: ClashConfig.defaults.levels)
    }

    // Clashes: A new critical, B worsened by 10, C unchanged, D new but low, E escalated
    // without decision, F worsened by level, G dismissed, H escalated to open decision D2.
    static let clashA = clash(.priorityDivergence, "north-a", region: "region:north", severity: 85)
    static let clashB = clash(.studySite, "south-b", region: "region:south", severity: 70)
    static let clashC = clash(.channelMix, "north-c", region: "region:north", severity: 50)
    static let clashD = clash(.touchpointNoise, "north-d", region: "region:north", severity: 20)
    static let clashE = clash(.stalledDecision, "national-e", region: nil, severity: 60)
    static let clashF = clash(.nationalVoice, "national-f", region: nil, severity: 40)
    static let clashG = clash(.roleOverreach, "national-g", region: nil, severity: 90)
    static let clashH = clash(.studySite, "north-h", region: "region:north", severity: 45)

    static let previousSeverities: [String: Int] = [
        clashB.id: 60, clashC.id: 48, clashF.id: 28, clashE.id: 60, clashH.id: 45,
    ]

    static func statuses() throws -> [ClashStatus] {
        let triage = [
            try ClashTriage(clashID: clashE.id, state: .escalated, reason: "needs the MD", by: "person:clara", at: date("2027-01-12T09:00:00Z")),
            try ClashTriage(clashID: clashG.id, state: .dismissed, reason: "agreed at kickoff", by: "person:clara", at: date("2027-01-12T09:00:00Z")),
            try ClashTriage(clashID: clashH.id, state: .escalated, decisionID: id(2), by: "person:clara", at: date("2027-01-13T09:00:00Z")),
        ]
        let clashes = [clashG, clashA, clashB, clashE, clashC, clashH, clashF, clashD].sorted(by: Clash.ranksBefore)
        return ClashStatus.merge(clashes: clashes, triage: triage)
    }

    static func decision(_ number: Int, _ title: String, status: DecisionStatus, review: String?, created: String, scope: PlanScope = .national) throws -> Decision {
        let decided = status != .open
        return try Decision(
            id: id(number), title: title, topic: .other, scope: scope,
            fieldCase: Case(argument: "Field case."), officeCase: Case(argument: "Office case."),
            resolution: decided ? .consensus : nil, decidedBy: decided ? "person:clara" : nil,
            outcome: decided ? "Outcome \(number)." : "", rationale: decided ? "Rationale \(number)." : "",
            reviewDate: review.map(date), status: status, createdBy: "person:clara", createdAt: date(created),
            decidedAt: decided ? date(created) : nil)
    }

    static func decisions() throws -> [Decision] {
        [
            try decision(1, "Overdue review", status: .decided, review: "2027-01-10T09:00:00Z", created: "2026-10-01T09:00:00Z"),
            try decision(2, "Open question", status: .open, review: nil, created: "2027-01-05T09:00:00Z", scope: .region("region:north")),
            try decision(3, "Marked for revisit", status: .revisit, review: "2027-05-01T09:00:00Z", created: "2026-09-01T09:00:00Z"),
            try decision(4, "Review due this week", status: .decided, review: "2027-01-22T09:00:00Z", created: "2026-11-01T09:00:00Z"),
            try decision(5, "Settled", status: .decided, review: "2027-06-01T09:00:00Z", created: "2026-11-02T09:00:00Z"),
        ]
    }

    static let earlierMeeting = id(100)
    static let thisWeeksMeeting = id(101)

    static func actions() throws -> [MeetingAction] {
        let earlier = date("2027-01-11T09:00:00Z")
        return [
            MeetingAction(
                action: try ActionItem(id: id(12), title: "Not yet due", ownerID: "person:clara", due: date("2027-01-25T09:00:00Z")),
                meetingID: earlierMeeting, meetingDate: earlier),
            MeetingAction(
                action: try ActionItem(id: id(11), title: "Overdue feasibility data", ownerID: "person:anna", due: date("2027-01-15T09:00:00Z")),
                meetingID: earlierMeeting, meetingDate: earlier),
            MeetingAction(
                action: try ActionItem(id: id(13), title: "Already done", ownerID: "person:anna", due: date("2027-01-14T09:00:00Z"), status: .done),
                meetingID: earlierMeeting, meetingDate: earlier),
            MeetingAction(
                action: try ActionItem(id: id(14), title: "Agreed this week", ownerID: "person:anna", due: date("2027-01-29T09:00:00Z")),
                meetingID: thisWeeksMeeting, meetingDate: date("2027-01-19T09:00:00Z")),
        ]
    }

    static func weeks(_ tail: [Int]) -> [Int] {
        Array(repeating: 1, count: 12 - tail.count) + tail
    }

    static let regions = [
        RegionActivity(
            regionID: "region:north", name: "North", weeklyInsights: weeks([10, 14]),
            themeSeries: ["unmet-need": weeks([2, 8]), "safety-perception": weeks([5, 1]), "access-reimbursement": weeks([3, 4])]),
        RegionActivity(
            regionID: "region:south", name: "South", weeklyInsights: weeks([6, 6]),
            themeSeries: ["competitor": weeks([2, 3])]),
    ]

    static func people() throws -> [Person] {
        [
            try Person(id: "person:anna", name: "Anna Keller", role: .rmd, regionID: "region:north"),
            try Person(id: "person:clara", name: "Clara Wolf", role: .medicalDirector, regionID: nil),
        ]
    }

    static func inputs(previous: [String: Int]? = previousSeverities) throws -> AgendaInputs {
        AgendaInputs(
            now: now, week: week, clashes: try statuses(), previousSeverities: previous, decisions: try decisions(),
            openActions: try actions(), regions: regions, people: try people(),
            themeNames: ["unmet-need": "Unmet need", "safety-perception": "Safety perception"],
            themeSamples: ["region:north/theme:unmet-need": [id(901), id(902)]])
    }
}
