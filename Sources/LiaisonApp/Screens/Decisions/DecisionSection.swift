import Foundation
import LiaisonCore
import LiaisonStore

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
        of(status: decision.status, reviewDate: decision.reviewDate, now: now)
    }

    /// The section the decision listed as `row` belongs to at `now`.
    public static func of(_ row: DecisionRow, now: Date) -> DecisionSection {
        of(status: row.status, reviewDate: row.reviewDate, now: now)
    }

    private static func of(status: DecisionStatus, reviewDate: Date?, now: Date) -> DecisionSection {
        if status != .revisit, let review = reviewDate, review <= now.addingTimeInterval(dueWindow) {
            return .due
        }
        return status == .decided ? .decided : .open
    }
}
