/// Which of the lead's edits a save was for: names the form that waits for it and the
/// status message after it.
public enum MeetingChange: Sendable, Hashable {
    case move
    case drop
    case restore
    case addItem
    case note
    case attendance
    case action
    case actionStatus

    /// The status-bar text after a successful save.
    var savedText: String {
        switch self {
        case .move: "Item moved"
        case .drop: "Item dropped (kept in the minutes)"
        case .restore: "Item restored"
        case .addItem: "Item added"
        case .note: "Note saved"
        case .attendance: "Attendance saved"
        case .action: "Action added"
        case .actionStatus: "Action status saved"
        }
    }
}
