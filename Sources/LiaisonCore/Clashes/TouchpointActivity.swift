import Foundation

/// One HCP's recent touchpoints, as counted by the store for the touchpoint-noise rule.
///
/// Contract. With `s = ClashConfig.touchpointNoise`, `L = now − s.lookbackDays days` and
/// `N = s.windowDays`, over the HCP's touchpoints with `L < date ≤ now` (the lookback set):
/// - densest window: for each lookback touchpoint `a`, its window is the lookback touchpoints
///   `b` with `a.date ≤ b.date < a.date + N days`. The densest window has the most
///   touchpoints, then the most distinct functions, then the earliest `a.date`, then the
///   smallest `a.id` (uppercase UUID text, which orders like the id's 16 bytes);
/// - `windowStart`: `a.date` of that window; `windowEnd`: the latest `date` in it;
/// - `windowCounts`: touchpoints in that window per function (functions with 0 are absent);
/// - `contradictingCount`: lookback touchpoints whose channel goes against the HCP's
///   preference or access, see `contradicts(channel:preference:access:)`;
/// - `sampleTouchpointIDs`: up to `s.sampleSize` ids from the densest window, newest `date`
///   first, ties by id ascending; `contradictingSampleIDs`: the same for the contradicting ones;
/// - the HCP's name, region, channel preference and access, joined from the HCP table.
///
/// One row per HCP with at least one lookback touchpoint; a missing HCP has no activity.
///
/// One computation, `activity(of:contacts:settings:)`, a linear sliding-window pass in Swift,
/// serves both the dataset path (`compute(touchpoints:hcps:now:settings:)`) and the store.
/// The store reads only the bounded lookback set (one indexed range read of id, HCP, date,
/// function and channel, plus the profile columns of the HCPs it names) and hands it to that
/// pass. It does not compute the rows in SQL: the window-function statement that did (a
/// `RANGE` frame per function, `ROW_NUMBER`, two correlated subqueries per HCP) cost ~400–500
/// ms at 1M insights (~40k lookback touchpoints, 12.7k HCPs); the read and the pass cost
/// ~120–140 ms there.
///
/// After a touchpoint is logged, edited or removed, refresh that HCP's row only and send
/// `DataChange.touchpointLogged(hcpID:)`; when `now` moves, recompute every row
/// (`clockAdvanced`); when an HCP's preference or access changes, recompute its row and send
/// `referenceDataChanged`.
public struct TouchpointActivity: Codable, Hashable, Sendable {
    public var hcpID: HCPID
    public var hcpName: String
    public var regionID: RegionID
    public var channelPreference: ChannelPreference
    public var faceToFaceAccess: FaceToFaceAccess
    /// The first touchpoint of the densest window.
    public var windowStart: Date
    /// The last touchpoint of the densest window.
    public var windowEnd: Date
    /// Touchpoints in the densest window per function.
    public var windowCounts: [TouchpointFunction: Int]
    /// Lookback touchpoints through a channel against the HCP's preference or access.
    public var contradictingCount: Int
    /// Newest touchpoints of the densest window, shown as evidence.
    public var sampleTouchpointIDs: [UUID]
    /// Newest contradicting touchpoints, shown as evidence.
    public var contradictingSampleIDs: [UUID]

    /// Creates an activity row.
    public init(
        hcpID: HCPID, hcpName: String, regionID: RegionID, channelPreference: ChannelPreference,
        faceToFaceAccess: FaceToFaceAccess, windowStart: Date, windowEnd: Date,
        windowCounts: [TouchpointFunction: Int], contradictingCount: Int,
        sampleTouchpointIDs: [UUID] = [], contradictingSampleIDs: [UUID] = []
    ) {
        self.hcpID = hcpID
        self.hcpName = hcpName
        self.regionID = regionID
        self.channelPreference = channelPreference
        self.faceToFaceAccess = faceToFaceAccess
        self.windowStart = windowStart
        self.windowEnd = windowEnd
        self.windowCounts = windowCounts
        self.contradictingCount = contradictingCount
        self.sampleTouchpointIDs = sampleTouchpointIDs
        self.contradictingSampleIDs = contradictingSampleIDs
    }

    /// Touchpoints in the densest window.
    public var windowCount: Int { windowCounts.values.reduce(0, +) }

    /// Distinct functions in the densest window.
    public var functionCount: Int { windowCounts.values.filter { $0 > 0 }.count }

    /// True when a touchpoint through `channel` goes against an HCP's channel preference or
    /// face-to-face access: an in-person (`faceToFace`) contact with an HCP who prefers
    /// `remote` or `digital` contact, or who has no face-to-face access. Congresses and
    /// events, which the HCP chooses to attend, never count.
    public static func contradicts(
        channel: InteractionChannel, preference: ChannelPreference, access: FaceToFaceAccess
    ) -> Bool {
        channel == .faceToFace && (preference == .remote || preference == .digital || access == .none)
    }
}
