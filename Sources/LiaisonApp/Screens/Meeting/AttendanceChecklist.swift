import LiaisonCore
import TerminalKit

/// The attendance checklist over everyone: ↑/↓ move, Space or Enter ticks or unticks the
/// person under the cursor, and each toggle is saved at once.
public struct AttendanceChecklist: Sendable, Equatable {
    /// Cursor and scroll over `MeetingState.people`.
    public var scroll = ScrollState()
    /// The person whose toggle is being saved.
    public var saving: PersonID?

    /// A checklist with the cursor on the first person.
    public init() {}

    /// Rows the checklist shows in `area` (frame and hint line taken off).
    static func visibleRows(_ area: Rect) -> Int { max(1, box(in: area).height - 3) }

    /// The rectangle the checklist is drawn in.
    static func box(in area: Rect) -> Rect {
        area.centered(width: min(area.width - 2, 60), height: min(area.height, 22))
    }

    /// The edit that toggles `person` given the current `attendees`.
    static func toggle(_ person: PersonID, attendees: [PersonID]) -> MeetingEdit {
        attendees.contains(person) ? .unattend(person) : .attend([person])
    }
}
