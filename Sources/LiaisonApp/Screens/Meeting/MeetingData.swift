import Foundation
import LiaisonCore

/// What opening the Meeting screen loads: the week's meeting and everyone who may attend
/// or own an action.
public struct MeetingData: Sendable {
    public var meeting: Meeting
    /// True when opening created the meeting (with a generated agenda).
    public var created: Bool
    public var week: MeetingWeek
    /// Everyone, by name.
    public var people: [Person]
    /// The time the meeting was opened at.
    public var now: Date
    /// The agenda's evidence ids, named (what the detail pane shows).
    public var evidence: [String: PresenterEvidenceLine] = [:]

    /// Creates the data.
    public init(meeting: Meeting, created: Bool, week: MeetingWeek, people: [Person], now: Date) {
        self.meeting = meeting
        self.created = created
        self.week = week
        self.people = people
        self.now = now
    }
}
