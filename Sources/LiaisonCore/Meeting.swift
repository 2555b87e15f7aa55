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
    /// The agenda item the action was agreed under, if any.
    public var agendaItemID: UUID?

    /// Creates an action item.
    public init(
        id: UUID = UUID(), title: String, ownerID: PersonID, due: Date, status: ActionStatus = .open,
        agendaItemID: UUID? = nil
    ) throws(ValidationError) {
        self.id = id
        self.title = title
        self.ownerID = ownerID
        self.due = due
        self.status = status
        self.agendaItemID = agendaItemID
        try Check.nonEmpty(title, "action", "title")
        try Check.slug(ownerID, prefix: "person", "action", "ownerID")
    }
}

/// One point on a meeting agenda.
///
/// The fields after `notes` were added for the weekly meeting mode; JSON written before
/// them still decodes (they take their defaults) and default values are left out when
/// encoding (see `AgendaItem+Coding.swift`).
public struct AgendaItem: Hashable, Sendable, Identifiable {
    public var id: UUID
    /// What produced the item, e.g. `clash`, `decision`, `action`, `theme`, `free`
    /// (the raw value of `kind`).
    public var source: String
    public var title: String
    /// The record behind the item, if any.
    public var reference: String?
    public var notes: String
    /// The evidence in one line, e.g. "Field: … · Office: …".
    public var summary: String
    /// Ids of the records behind the item (clash, decision, insight, action ids).
    public var evidence: [String]
    /// Clash severity 0…100: of the clash for clash and escalation items, of the most severe
    /// clash a decision answers for decision items.
    public var severity: Int?
    /// Markers such as new, worsened or overdue.
    public var flags: [AgendaFlag]
    /// A weekly series, oldest first, for a sparkline (theme and stats items).
    public var series: [Int]
    /// The suggested time box in minutes.
    public var timeBoxMinutes: Int?
    /// True when the lead dropped the item from this meeting (kept for the record).
    public var isDropped: Bool

    /// Creates an agenda item.
    public init(
        id: UUID = UUID(), source: String, title: String, reference: String? = nil, notes: String = "",
        summary: String = "", evidence: [String] = [], severity: Int? = nil, flags: [AgendaFlag] = [],
        series: [Int] = [], timeBoxMinutes: Int? = nil, isDropped: Bool = false
    ) {
        self.id = id
        self.source = source
        self.title = title
        self.reference = reference
        self.notes = notes
        self.summary = summary
        self.evidence = evidence
        self.severity = severity
        self.flags = flags
        self.series = series
        self.timeBoxMinutes = timeBoxMinutes
        self.isDropped = isDropped
    }

    /// What produced the item; unknown sources read as `free`.
    public var kind: AgendaItemKind {
        AgendaItemKind(rawValue: source) ?? .free
    }
}

/// The weekly Medical Affairs meeting.
///
/// `week` and `clashSeverities` were added for the weekly meeting mode; JSON without them
/// still decodes, and they are left out when empty (see `Meeting+Coding.swift`).
public struct Meeting: Hashable, Sendable, Identifiable {
    public var id: UUID
    public var date: Date
    public var attendees: [PersonID]
    public var agenda: [AgendaItem]
    public var actions: [ActionItem]
    public var notes: String
    /// The ISO week the meeting belongs to, e.g. `2027-W03`; nil for meetings recorded
    /// without one.
    public var week: String?
    /// The severity of every active clash when the agenda was built (clash id → 0…100), so
    /// the next meeting can tell new and worsened clashes from unchanged ones.
    public var clashSeverities: [String: Int]

    /// Creates a meeting record.
    public init(
        id: UUID = UUID(), date: Date, attendees: [PersonID] = [], agenda: [AgendaItem] = [],
        actions: [ActionItem] = [], notes: String = "", week: String? = nil, clashSeverities: [String: Int] = [:]
    ) {
        self.id = id
        self.date = date
        self.attendees = attendees
        self.agenda = agenda
        self.actions = actions
        self.notes = notes
        self.week = week
        self.clashSeverities = clashSeverities
    }
}
