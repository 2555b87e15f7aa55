import Foundation

/// The parts `LiaisonStore.clashSnapshot` reads one after another, for a per-part timing.
public enum ClashSnapshotPart: String, CaseIterable, Sendable {
    /// Regions, people, institutions and products.
    case reference
    /// Plans with all their parts.
    case plans
    /// Decisions with their stances.
    case decisions
    /// Every triage record.
    case triage
    /// `ThemeActivity` rows from the insight summary.
    case themeActivity
    /// `HCPChannelProfile` rows.
    case channelProfiles
    /// `TouchpointActivity` rows.
    case touchpointActivity
}
