import LiaisonCore
import TerminalKit

/// How clash levels and triage states look, shared by the Clashes and Decisions screens and
/// the dashboard wording.
enum ClashStyle {
    /// The colour of a level: critical and high stand out, low recedes.
    static func level(_ level: ClashLevel, theme: Palette) -> Style {
        switch level {
        case .critical: theme.critical.bold()
        case .high: theme.error
        case .medium: theme.warning
        case .low: theme.muted
        }
    }

    /// `open`, `acknowledged`, …, `resolved by data`.
    static func disposition(_ disposition: ClashDisposition) -> String {
        disposition == .resolvedByData ? "resolved by data" : disposition.rawValue
    }

    /// The kind a clash id names (ids are `<kind>:<subject>`).
    static func kind(ofID id: String) -> ClashKind? {
        ClashKind.allCases.first { id.hasPrefix($0.rawValue + ":") }
    }

    /// `3 critical · 1 high · 2 medium` for the active clashes among `statuses`; nil when none.
    static func countsByLevel(_ statuses: [ClashStatus]) -> String? {
        let levels = statuses.filter(\.disposition.isActive).compactMap { $0.clash?.level }
        guard !levels.isEmpty else { return nil }
        return ClashLevel.allCases.reversed().compactMap { level in
            let count = levels.filter { $0 == level }.count
            return count > 0 ? "\(count) \(level.rawValue)" : nil
        }.joined(separator: " · ")
    }
}
