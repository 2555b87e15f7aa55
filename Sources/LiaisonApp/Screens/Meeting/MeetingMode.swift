/// How the Meeting screen shows the meeting.
public enum MeetingMode: Sendable, Hashable {
    /// The whole agenda with the detail of the selected item; the lead edits it.
    case agenda
    /// One item at a time on the shared screen, with its timer.
    case presenter
}
