import LiaisonCore

/// Which triage states the list shows.
public enum ClashStatusFilter: Sendable, Equatable, CaseIterable {
    /// Open, acknowledged and escalated: what still asks for attention.
    case active
    case open
    case acknowledged
    case escalated
    case dismissed
    case resolved
    case resolvedByData
    case all

    /// How the filter line names it.
    public var label: String {
        switch self {
        case .active: "active"
        case .open: "open"
        case .acknowledged: "acknowledged"
        case .escalated: "escalated"
        case .dismissed: "dismissed"
        case .resolved: "resolved"
        case .resolvedByData: "resolved by data"
        case .all: "all"
        }
    }

    /// True when a clash in `disposition` passes.
    public func admits(_ disposition: ClashDisposition) -> Bool {
        switch self {
        case .active: disposition.isActive
        case .open: disposition == .open
        case .acknowledged: disposition == .acknowledged
        case .escalated: disposition == .escalated
        case .dismissed: disposition == .dismissed
        case .resolved: disposition == .resolved
        case .resolvedByData: disposition == .resolvedByData
        case .all: true
        }
    }
}
