import Foundation

/// How often one insight theme came up in one region lately, as counted by the store.
///
/// Contract for the store (computed in SQL, never by loading insights into Swift). With
/// `N = ClashConfig.unaddressedSignal.windowDays`, `recentStart = now − N days` and
/// `previousStart = now − 2N days`, over insights whose `status` is neither `draft` nor
/// `archived`, grouped by `(regionID, theme)`:
/// - `recentCount`: insights with `recentStart < interactionAt ≤ now`;
/// - `previousCount`: insights with `previousStart < interactionAt ≤ recentStart`;
/// - `sampleInsightIDs`: up to `ClashConfig.unaddressedSignal.sampleSize` ids from the recent
///   window, newest `interactionAt` first, ties broken by id ascending (uppercase UUID text).
///
/// One row per pair with at least one insight in either window; a missing pair counts as
/// zero. An index on `insight(region_id, theme, interaction_at)` serves both the full query
/// and the one-pair refresh after a new insight.
public struct ThemeActivity: Codable, Hashable, Sendable {
    public var regionID: RegionID
    public var theme: ThemeCode
    /// Insights in the last N days.
    public var recentCount: Int
    /// Insights in the N days before that.
    public var previousCount: Int
    /// Newest recent insights, shown as evidence.
    public var sampleInsightIDs: [UUID]

    /// Creates an activity row.
    public init(regionID: RegionID, theme: ThemeCode, recentCount: Int, previousCount: Int, sampleInsightIDs: [UUID]) {
        self.regionID = regionID
        self.theme = theme
        self.recentCount = recentCount
        self.previousCount = previousCount
        self.sampleInsightIDs = sampleInsightIDs
    }

    /// Growth from the previous window to the recent one in percent; a previous count of 0
    /// counts as 1 so a theme that appears from nothing still shows growth.
    public var growthPercent: Double {
        Double(recentCount - previousCount) / Double(max(previousCount, 1)) * 100
    }
}
