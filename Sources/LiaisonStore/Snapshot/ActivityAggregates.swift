import Foundation
import LiaisonCore

/// How many counted insights a theme had.
public struct ThemeCount: Hashable, Sendable {
    public var theme: ThemeCode
    public var count: Int

    /// Creates a count.
    public init(theme: ThemeCode, count: Int) {
        self.theme = theme
        self.count = count
    }
}

/// Insight activity of one theme in one region over two back-to-back windows.
public struct ThemeActivity: Hashable, Sendable {
    public var regionID: RegionID
    public var theme: ThemeCode
    /// Counted insights in the recent window (the last `windowDays` UTC days, today included).
    public var recentCount: Int
    /// Counted insights in the `windowDays` before the recent window.
    public var previousCount: Int
    /// The newest counted insights of the recent window, newest first.
    public var sampleInsightIDs: [UUID]

    /// Creates an activity record.
    public init(regionID: RegionID, theme: ThemeCode, recentCount: Int, previousCount: Int, sampleInsightIDs: [UUID]) {
        self.regionID = regionID
        self.theme = theme
        self.recentCount = recentCount
        self.previousCount = previousCount
        self.sampleInsightIDs = sampleInsightIDs
    }
}

/// Touchpoints one HCP received in a window, by function.
public struct TouchpointActivity: Hashable, Sendable {
    public var hcpID: HCPID
    public var countsByFunction: [TouchpointFunction: Int]
    public var first: Date
    public var last: Date

    /// All touchpoints in the window.
    public var total: Int { countsByFunction.values.reduce(0, +) }

    /// Creates an activity record.
    public init(hcpID: HCPID, countsByFunction: [TouchpointFunction: Int], first: Date, last: Date) {
        self.hcpID = hcpID
        self.countsByFunction = countsByFunction
        self.first = first
        self.last = last
    }
}

/// How a region's HCPs like to be reached and whether they can be visited.
public struct HCPChannelProfile: Hashable, Sendable {
    public var regionID: RegionID
    public var total: Int
    public var preference: [ChannelPreference: Int]
    public var access: [FaceToFaceAccess: Int]

    /// Creates a profile.
    public init(regionID: RegionID, total: Int, preference: [ChannelPreference: Int], access: [FaceToFaceAccess: Int]) {
        self.regionID = regionID
        self.total = total
        self.preference = preference
        self.access = access
    }
}
