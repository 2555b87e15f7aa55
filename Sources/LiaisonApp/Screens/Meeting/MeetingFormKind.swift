import Foundation

/// The forms of the Meeting screen.
public enum MeetingFormKind: Sendable, Hashable {
    /// A free item at the end of the agenda: title and time box.
    case addItem
    /// A note line on the selected item.
    case note
    /// An action agreed under the selected item: title, owner, due date.
    case action
    /// The file the minutes are written to.
    case export(MinutesFormat)

    /// The frame title.
    var title: String {
        switch self {
        case .addItem: "Add an agenda item"
        case .note: "Note on the item"
        case .action: "New action"
        case .export(let format): "Export the \(format.documentName)"
        }
    }

    /// The edit whose save or refusal this form waits for; nil for the export.
    var change: MeetingChange? {
        switch self {
        case .addItem: .addItem
        case .note: .note
        case .action: .action
        case .export: nil
        }
    }
}
