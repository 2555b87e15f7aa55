import Foundation
import LiaisonCore

/// The three lists of the Decisions screen. Every decision is in exactly one.
public enum DecisionSection: String, Sendable, CaseIterable {
    /// Open or being revisited, review date not near.
    case open
    /// Review date passed or within `dueWindow` (and not being revisited).
    case due
    /// Decided, review date not near.
    case decided

    /// How close a review date counts as due.
    public static let dueWindow: TimeInterval = 14 * 86_400

    /// The tab title.
    public var title: String {
        switch self {
        case .open: "Open"
        case .due: "Due for review"
        case .decided: "Decided"
        }
    }

    /// The section `decision` belongs to at `now`.
    public static func of(_ decision: Decision, now: Date) -> DecisionSection {
        if decision.status != .revisit, let review = decision.reviewDate, review <= now.addingTimeInterval(dueWindow) {
            return .due
        }
        return decision.status == .decided ? .decided : .open
    }
}
