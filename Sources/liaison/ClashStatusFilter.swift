import ArgumentParser
import LiaisonCore

/// Which triage states `liaison clashes --status` lists.
enum ClashStatusFilter: String, ExpressibleByArgument, CaseIterable {
    /// Open, acknowledged or escalated: still asking for attention.
    case active
    case open
    case acknowledged
    case dismissed
    case escalated
    /// Resolved by a person or by the data.
    case resolved
    case all

    /// True when a clash in `disposition` is listed.
    func includes(_ disposition: ClashDisposition) -> Bool {
        switch self {
        case .active: disposition.isActive
        case .open: disposition == .open
        case .acknowledged: disposition == .acknowledged
        case .dismissed: disposition == .dismissed
        case .escalated: disposition == .escalated
        case .resolved: disposition == .resolved || disposition == .resolvedByData
        case .all: true
        }
    }
}
