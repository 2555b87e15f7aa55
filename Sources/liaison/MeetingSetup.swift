import ArgumentParser
import Foundation
import LiaisonCore
import LiaisonStore

/// `--week YYYY-Www`, shared by the meeting and report commands.
struct WeekOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The ISO week, e.g. 2027-W03 (default: the current week).", valueName: "YYYY-Www"))
    var week: String?

    /// The week asked for, or the one holding `now`.
    func resolve(now: Date) throws -> MeetingWeek {
        guard let week else { return MeetingWeek(containing: now) }
        do {
            return try MeetingWeek(parsing: week)
        } catch {
            throw CLIFailure.runtime("--week: \(error.reason)")
        }
    }
}

/// What the meeting and report commands share: the week, the moment the data is read for,
/// and the workflow over the store with its clashes and their stored triage from a
/// `ClashService` (the bundled config with the user's config laid over it, as for
/// `liaison clashes`).
struct MeetingSetup {
    let session: StoreSession
    let week: MeetingWeek
    /// The clock, clamped into the week: a past week is read as of its last second.
    let now: Date
    let clashes: any ClashSource
    let workflow: MeetingWorkflow

    init(global: GlobalOptions, week options: WeekOptions) throws {
        session = try StoreSession.open(global)
        let clock = try CLIClock.now(environment: session.environment)
        week = try options.resolve(now: clock)
        now = min(max(clock, week.start), week.end.addingTimeInterval(-1))
        clashes = DeferredClashSource(
            store: session.store, settings: try ClashSession.loadSettings(environment: session.environment))
        workflow = MeetingWorkflow(store: session.store, clashSource: clashes)
    }

    /// The acting person's id; required for every write.
    func actor() throws -> PersonID {
        try session.actingPerson(purpose: "running the meeting").id
    }

    /// The week's meeting, created with its agenda when missing.
    func openMeeting() throws -> (meeting: Meeting, created: Bool) {
        try workflow.open(week: week, now: now, by: try actor())
    }

    /// The week's meeting; fails with a hint when it was never opened.
    func existingMeeting() throws -> Meeting {
        guard let meeting = try session.store.meeting(week: week) else {
            throw CLIFailure.runtime("no meeting for \(week) yet — open it with 'liaison meeting --week \(week) --as PERSON'")
        }
        return meeting
    }

    /// Applies `edits` to the week's meeting (created first if needed) and returns it saved.
    @discardableResult
    func edit(_ edits: (Meeting) throws -> [MeetingEdit]) throws -> Meeting {
        let actor = try actor()
        let meeting = try workflow.open(week: week, now: now, by: actor).meeting
        return try workflow.apply(try edits(meeting), to: meeting.id, by: actor)
    }

    /// Applies the edits `edits` makes for the agenda item `text` names (its position or the
    /// start of its id) to this week's meeting; returns the item as it was and the saved meeting.
    func edit(item text: String, _ edits: (AgendaItem) -> [MeetingEdit]) throws -> (item: AgendaItem, meeting: Meeting) {
        let actor = try actor()
        let meeting = try workflow.open(week: week, now: now, by: actor).meeting
        let item = try meeting.agendaItem(matching: text)
        return (item, try workflow.apply(edits(item), to: meeting.id, by: actor))
    }

    /// Names of everyone, for printing.
    func peopleNames() throws -> [PersonID: String] {
        Dictionary(try session.store.people().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }
}

extension ActionStatus: ExpressibleByArgument {}
