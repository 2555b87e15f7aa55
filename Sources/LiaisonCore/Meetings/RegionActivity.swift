/// A region's insight activity as the agenda needs it: weekly counts overall and per theme.
///
/// Every series has the same length (12 by default), oldest first; the last element is the
/// last complete week before the meeting week.
public struct RegionActivity: Codable, Hashable, Sendable {
    public var regionID: RegionID
    public var name: String
    /// Counted insights per week.
    public var weeklyInsights: [Int]
    /// Counted insights per week for every theme with any activity in the window.
    public var themeSeries: [ThemeCode: [Int]]

    /// Creates the activity of one region.
    public init(regionID: RegionID, name: String, weeklyInsights: [Int], themeSeries: [ThemeCode: [Int]]) {
        self.regionID = regionID
        self.name = name
        self.weeklyInsights = weeklyInsights
        self.themeSeries = themeSeries
    }
}

/// A theme whose weekly count moved a lot in one region: a candidate agenda item.
public struct ThemeMover: Codable, Hashable, Sendable {
    public var regionID: RegionID
    public var theme: ThemeCode
    /// The weekly series, oldest first.
    public var series: [Int]

    /// Creates a mover.
    public init(regionID: RegionID, theme: ThemeCode, series: [Int]) {
        self.regionID = regionID
        self.theme = theme
        self.series = series
    }

    /// The last week's count.
    public var latest: Int { series.last ?? 0 }
    /// The count of the week before the last.
    public var previous: Int { series.count >= 2 ? series[series.count - 2] : 0 }
    /// Week-on-week change of the last week.
    public var change: Int { latest - previous }
    /// `region/theme`, the key of sample insights and the agenda item's reference.
    public var key: String { "\(regionID)/theme:\(theme)" }
}
