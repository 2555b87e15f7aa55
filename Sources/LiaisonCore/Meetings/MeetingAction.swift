import Foundation

/// An action item together with the meeting it was agreed at: what carries over into the
/// next agenda and what an owner's dashboard panel lists.
public struct MeetingAction: Codable, Hashable, Sendable, Identifiable {
    public var action: ActionItem
    public var meetingID: UUID
    public var meetingDate: Date
    /// The ISO week of that meeting, when it has one.
    public var meetingWeek: String?

    public var id: UUID { action.id }

    /// Creates the pair.
    public init(action: ActionItem, meetingID: UUID, meetingDate: Date, meetingWeek: String? = nil) {
        self.action = action
        self.meetingID = meetingID
        self.meetingDate = meetingDate
        self.meetingWeek = meetingWeek
    }

    /// True when the action is still open and its due date has passed.
    public func isOverdue(at now: Date) -> Bool {
        action.status == .open && action.due < now
    }
}
