import Foundation
import LiaisonCore
import LiaisonReports
import LiaisonStore

/// Runs the store work of the Meeting screen through `MeetingWorkflow` (the same path as
/// `liaison meeting …`) and writes the minutes like `liaison report weekly -o`. Synchronous;
/// the screen calls `perform` inside effects, tests call it directly.
public enum MeetingLoader {
    /// Performs `load`, turning errors into the matching failure message.
    public static func perform(_ load: MeetingLoad, env: AppEnvironment) -> MeetingMessage {
        switch load {
        case .open(let person):
            do {
                return .opened(try open(env: env, by: person))
            } catch {
                return .failed(ClashesLoader.describe(error))
            }
        case .edit(let edits, let change, let meetingID, let person):
            do {
                return .saved(change, try apply(edits, to: meetingID, by: person, env: env))
            } catch let error as ValidationError {
                return .rejected(change, field: error.field, reason: error.reason)
            } catch {
                return .rejected(change, field: nil, reason: ClashesLoader.describe(error))
            }
        case .export(let format, let path, let week):
            do {
                return .exported(format, path: try export(format, to: path, week: week, env: env))
            } catch {
                return .exportFailed(format, path: path, reason: ClashesLoader.describe(error))
            }
        case .name(let ids):
            do {
                return .named(try names(ids, env: env))
            } catch {
                return .failed(ClashesLoader.describe(error))
            }
        }
    }

    /// The workflow over the session's store and clashes at `now`: the session's clash
    /// service when there is one (waiting while it is still computed), else a service computed
    /// now with the session's clash settings or the default config.
    public static func workflow(_ env: AppEnvironment, now: Date) throws -> MeetingWorkflow {
        MeetingWorkflow(store: env.store, clashSource: try clashSource(env, now: now))
    }

    /// Where the agenda and the report get the current clashes (with their triage) from.
    static func clashSource(_ env: AppEnvironment, now: Date) throws -> any ClashSource {
        if let handle = env.clashHandle {
            // Computes the session's clashes here when the app has not started yet (a no-op
            // otherwise), so waiting can never depend on another effect running.
            handle.compute(store: env.store, now: env.clock())
            if let service = handle.waitForService() { return service }
        }
        return try ClashService(store: env.store, settings: env.clashSettings ?? ClashSettings(roles: env.roles), now: now)
    }

    /// Applies `edits` to the meeting `meetingID` as `person`. Applying reads no clashes, so
    /// without a session clash service none are computed for it.
    public static func apply(_ edits: [MeetingEdit], to meetingID: UUID, by person: PersonID, env: AppEnvironment) throws -> Meeting {
        let clashes: any ClashSource = env.clashes ?? FixedClashSource([])
        return try MeetingWorkflow(store: env.store, clashSource: clashes).apply(edits, to: meetingID, by: person)
    }

    /// This week's meeting, created with a generated agenda by `person` when there is none,
    /// everyone sorted by name, and the first item's evidence named (the screen asks for the
    /// rest as items are selected: naming a 170-item agenda's evidence took ~300 ms at 1M).
    public static func open(env: AppEnvironment, by person: PersonID?) throws -> MeetingData {
        let now = env.clock()
        let week = MeetingWeek(containing: now)
        let people = try env.store.people().sorted { ($0.name, $0.id) < ($1.name, $1.id) }
        let meeting: Meeting
        var created = false
        if let existing = try env.store.meeting(week: week) {
            // An existing meeting needs no clashes: look it up before a clash source is built.
            meeting = existing
        } else if let person {
            (meeting, created) = try workflow(env, now: now).open(week: week, now: now, by: person)
        } else {
            throw ValidationError(
                entity: "meeting", field: "person",
                reason: "no meeting for \(week) yet — pick who you are (: then Switch person…) to open it")
        }
        var data = MeetingData(meeting: meeting, created: created, week: week, people: people, now: now)
        data.evidence = try names(meeting.agenda.first.map(MeetingDetailPane.listedEvidence) ?? [], env: env)
        return data
    }

    /// `ids` named the way the presenter shows them.
    static func names(_ ids: [String], env: AppEnvironment) throws -> [String: PresenterEvidenceLine] {
        var lines: [String: PresenterEvidenceLine] = [:]
        for id in ids where lines[id] == nil {
            lines[id] = try PresenterLoader.line(id, store: env.store, service: env.clashes)
        }
        return lines
    }

    /// The minutes of `week` as `format`, from the same report query as `liaison report weekly`.
    public static func minutes(_ format: MinutesFormat, week: MeetingWeek, env: AppEnvironment) throws -> String {
        let now = min(max(env.clock(), week.start), week.end.addingTimeInterval(-1))
        let report = try env.store.weeklyReport(week: week, now: now, clashes: try clashSource(env, now: now))
        return format == .markdown ? MarkdownMinutes.render(report) : HTMLReport.render(report)
    }

    /// Writes the minutes of `week` to `path` atomically (relative paths from the current
    /// directory); returns the absolute path written.
    public static func export(_ format: MinutesFormat, to path: String, week: MeetingWeek, env: AppEnvironment) throws -> String {
        let text = try minutes(format, week: week, env: env)
        let url = URL(fileURLWithPath: path).standardizedFileURL
        try AtomicFile.write(Data(text.utf8), to: url)
        return url.path
    }
}
