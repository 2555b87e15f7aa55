import Foundation
import GRDB
import LiaisonCore

/// The weekly meeting end to end on top of a store: open (or create, with a generated
/// agenda) the meeting of a week, apply the lead's edits, and mark actions done. Every write
/// goes through `LiaisonStore.write`, so it is validated and audited.
///
/// A meeting screen keeps the `Meeting` this returns as its state, applies `MeetingEdit`s
/// through `apply(_:to:by:)` and redraws from the meeting it gets back.
public struct MeetingWorkflow: Sendable {
    public let store: LiaisonStore
    public let clashSource: any ClashSource
    public var builder: AgendaBuilder
    /// How many weeks the theme and insight series cover.
    public var seriesWeeks: Int

    /// Creates the workflow.
    public init(store: LiaisonStore, clashSource: any ClashSource, builder: AgendaBuilder = AgendaBuilder(), seriesWeeks: Int = 12) {
        self.store = store
        self.clashSource = clashSource
        self.builder = builder
        self.seriesWeeks = seriesWeeks
    }

    /// The meeting of `week`, created with a fresh agenda when there is none yet.
    /// `created` tells which happened.
    public func open(week: MeetingWeek, now: Date, by person: PersonID) throws -> (meeting: Meeting, created: Bool) {
        if let existing = try store.meeting(week: week) { return (existing, false) }
        let statuses = try clashSource.clashStatuses(now: now)
        let inputs = try agendaInputs(week: week, now: now, clashes: statuses)
        let meeting = Meeting(
            id: DerivedID.uuid("meeting/\(week)"), date: week.contains(now) ? now : week.start.addingTimeInterval(9 * 3_600),
            agenda: builder.build(inputs), week: week.description,
            clashSeverities: AgendaBuilder.severitiesToRecord(statuses))
        return try store.write(actor: person) { transaction in
            if let raced = try LiaisonStore.fetchMeeting(transaction.db, week: week) { return (raced, false) }
            try transaction.upsert(meeting)
            return (meeting, true)
        }
    }

    /// Everything the agenda of `week` is built from, read at `now`.
    public func agendaInputs(week: MeetingWeek, now: Date, clashes: [ClashStatus]) throws -> AgendaInputs {
        let lastWeek = week.adding(weeks: -1)
        let themeCounts = try store.weeklyThemeCounts(weeks: seriesWeeks, endingWith: lastWeek)
        let regions = try store.regions().map { region in
            let themes = themeCounts[region.id] ?? [:]
            let totals = themes.values.reduce(into: Array(repeating: 0, count: seriesWeeks)) { sum, series in
                for (index, value) in series.enumerated() { sum[index] += value }
            }
            return RegionActivity(regionID: region.id, name: region.name, weeklyInsights: totals, themeSeries: themes)
        }
        var samples: [String: [UUID]] = [:]
        for mover in builder.themeMovers(regions) {
            let query = InsightQuery(
                regionID: mover.regionID, theme: mover.theme, statuses: Self.countedStatuses,
                since: lastWeek.start, until: lastWeek.end)
            samples[mover.key] = try store.insights(matching: query, limit: 3).items.map(\.id)
        }
        return AgendaInputs(
            now: now, week: week, clashes: clashes,
            previousSeverities: try store.previousWeeklyMeeting(before: week.start)?.clashSeverities,
            decisions: try store.allDecisions(), openActions: try store.openActions(before: week.start), regions: regions,
            people: try store.people(), themeNames: Dictionary(uniqueKeysWithValues: store.taxonomy.themes.map { ($0.code, $0.name) }),
            themeSamples: samples)
    }

    /// Applies `edits` to the stored meeting `meetingID` in one audited transaction and
    /// returns the saved meeting. People named by `.attend` and action owners must exist.
    /// - Throws: `ValidationError` (nothing saved) or `StoreError.notFound`.
    @discardableResult
    public func apply(_ edits: [MeetingEdit], to meetingID: UUID, by person: PersonID) throws -> Meeting {
        try store.write(actor: person) { transaction in
            guard var meeting = try RowDecoder.fetchMeeting(transaction.db, id: meetingID) else {
                throw StoreError.notFound(entity: "meeting", id: meetingID.uuidString)
            }
            for edit in edits {
                if case .attend(let people) = edit {
                    var lookup = ReferenceLookup()
                    lookup.people = Set(people)
                    let known = try transaction.catalog(for: lookup).people
                    if let unknown = people.first(where: { known[$0] == nil }) {
                        throw ValidationError(entity: "meeting", field: "attendees", reason: "unknown person '\(unknown)'")
                    }
                }
                try meeting.apply(edit)
            }
            try transaction.upsert(meeting)
            return meeting
        }
    }

    /// The insight statuses the weekly counts include.
    static let countedStatuses: Set<InsightStatus> = [.submitted, .reviewed, .actioned, .closed]
}
