import Foundation

/// Whether an action item is still to do.
public enum ActionStatus: String, Codable, CaseIterable, Sendable {
    case open
    case done
    case cancelled
}

/// A task agreed in a meeting.
public struct ActionItem: Codable, Hashable, Sendable, Identifiable {
    public var id: UUID
    public var title: String
    public var ownerID: PersonID
    public var due: Date
    public var status: ActionStatus

    /// Creates an action item.
    public init(id: UUID = UUID(), title: String, ownerID: PersonID, due: Date, status: ActionStatus = .open) throws(ValidationError) {
        self.id = id
        self.title = title
        self.ownerID = ownerID
        self.due = due
        self.status = status
        try Check.nonEmpty(title, "action", "title")
        try Check.slug(ownerID, prefix: "person", "action", "ownerID")
    }
}

/// One point on a meeting agenda.
public struct AgendaItem: Codable, Hashable, Sendable, Identifiable {
    public var id: UUID
    /// What produced the item, e.g. `clash`, `decision`, `action`, `theme`, `free`.
    public var source: String
    public var title: String
    /// The record behind the item, if any.
    public var reference: String?
    public var notes: String

    /// Creates an agenda item.
    public init(id: UUID = UUID(), source: String, title: String, reference: String? = nil, notes: String = "") {
        self.id = id
        self.source = source
        self.title = title
        self.reference = reference
        self.notes = notes
    }
}

/// The weekly Medical Affairs meeting.
public struct Meeting: Codable, Hashable, Sendable, Identifiable {
    public var id: UUID
    public var date: Date
    public var attendees: [PersonID]
    public var agenda: [AgendaItem]
    public var actions: [ActionItem]
    public var notes: String

    /// Creates a meeting record.
    public init(
        id: UUID = UUID(), date: Date, attendees: [PersonID] = [], agenda: [AgendaItem] = [],
        actions: [ActionItem] = [], notes: String = ""
    ) {
        self.id = id
        self.date = date
        self.attendees = attendees
        self.agenda = agenda
        self.actions = actions
        self.notes = notes
    }
}
