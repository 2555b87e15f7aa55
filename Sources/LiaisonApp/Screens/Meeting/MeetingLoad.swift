import Foundation
import LiaisonCore

/// Store work the Meeting screen asks for; `update` records it in `MeetingState.outbox` and
/// the screen runs each through `MeetingLoader.perform` in an effect (tests call it directly).
public enum MeetingLoad: Sendable, Equatable {
    /// Opens this week's meeting (creating it with a generated agenda as `by`) and loads
    /// the people. Without a person only an existing meeting can be opened.
    case open(by: PersonID?)
    /// Applies the lead's edits to the meeting and saves them.
    case edit([MeetingEdit], MeetingChange, meetingID: UUID, by: PersonID)
    /// Writes the week's minutes to `path`.
    case export(MinutesFormat, path: String, week: MeetingWeek)
    /// Names evidence ids (clashes, decisions, insights, HCPs…) the way the presenter shows them.
    case name([String])
}
