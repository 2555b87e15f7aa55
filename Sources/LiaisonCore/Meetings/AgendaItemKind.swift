/// What produced an agenda item; the raw value is stored as `AgendaItem.source`.
public enum AgendaItemKind: String, Codable, CaseIterable, Sendable {
    /// A clash that is new or worse since the last meeting.
    case clash
    /// A decision due for review, or an open decision waiting to be taken.
    case decision
    /// An escalated clash still waiting for a decision.
    case escalation
    /// An open action item carried over from an earlier meeting.
    case action
    /// An insight theme with a large week-on-week change in one region.
    case theme
    /// The quick-stats line of one region.
    case stats
    /// An item the lead added by hand.
    case free

    /// The section heading the item is listed under, e.g. `Clashes`.
    public var label: String {
        switch self {
        case .clash: "Clash"
        case .decision: "Decision"
        case .escalation: "Escalation"
        case .action: "Action"
        case .theme: "Theme"
        case .stats: "Stats"
        case .free: "Item"
        }
    }
}

/// A marker on an agenda item that explains why it is on the agenda.
public enum AgendaFlag: String, Codable, CaseIterable, Sendable {
    /// The clash was not active at the last meeting.
    case new
    /// The clash's severity rose since the last meeting.
    case worsened
    /// A due or review date has passed.
    case overdue
    /// A decision's review date falls before the end of the meeting week.
    case reviewDue
    /// A decision marked for revisit.
    case revisit
    /// An escalation or open decision waiting to be taken.
    case awaitingDecision
    /// An insight theme rising week on week.
    case rising
    /// An insight theme falling week on week.
    case falling
}
