import Foundation

/// Everything the weekly minutes and the HTML report show, gathered for one ISO week.
/// Renderers (LiaisonReports) turn it into Markdown or HTML without reading anything else.
public struct WeeklyReport: Codable, Hashable, Sendable {
    public var week: MeetingWeek
    /// The moment the data was read.
    public var asOf: Date
    /// The week's meeting, if one was held.
    public var meeting: Meeting?
    /// Display names of the people mentioned (attendees, owners, deciders).
    public var peopleNames: [PersonID: String]
    /// Regions in display order.
    public var regions: [RegionName]
    /// Decisions taken (decided) during the week.
    public var decisionsTaken: [Decision]
    /// Actions agreed at the week's meeting, then actions still open from earlier meetings.
    public var actions: [MeetingAction]
    /// Labels of the weeks the series cover, oldest first, e.g. `W36`.
    public var weekLabels: [String]
    /// Insight counts per theme and week (all regions), themes with any activity.
    public var themeTrends: [ThemeTrend]
    /// Active clashes per region (nil region = national) and level.
    public var clashCounts: [ClashCount]
    /// Decided decisions up to the end of the week, per resolution mode (every mode listed).
    public var decisionsByMode: [ModeCount]

    /// Creates a report.
    public init(
        week: MeetingWeek, asOf: Date, meeting: Meeting?, peopleNames: [PersonID: String], regions: [RegionName],
        decisionsTaken: [Decision], actions: [MeetingAction], weekLabels: [String], themeTrends: [ThemeTrend],
        clashCounts: [ClashCount], decisionsByMode: [ModeCount]
    ) {
        self.week = week
        self.asOf = asOf
        self.meeting = meeting
        self.peopleNames = peopleNames
        self.regions = regions
        self.decisionsTaken = decisionsTaken
        self.actions = actions
        self.weekLabels = weekLabels
        self.themeTrends = themeTrends
        self.clashCounts = clashCounts
        self.decisionsByMode = decisionsByMode
    }

    /// The display name of `id`, or the id without its prefix.
    public func name(of id: PersonID) -> String {
        peopleNames[id] ?? String(id.split(separator: ":").last ?? Substring(id))
    }

    /// A region's id and display name.
    public struct RegionName: Codable, Hashable, Sendable {
        public var id: RegionID
        public var name: String

        /// Creates the pair.
        public init(id: RegionID, name: String) {
            self.id = id
            self.name = name
        }
    }

    /// One theme's weekly insight counts.
    public struct ThemeTrend: Codable, Hashable, Sendable {
        public var theme: ThemeCode
        public var name: String
        /// Oldest first, one value per `weekLabels` entry.
        public var series: [Int]

        /// Creates a trend.
        public init(theme: ThemeCode, name: String, series: [Int]) {
            self.theme = theme
            self.name = name
            self.series = series
        }
    }

    /// Active clashes of one region (or national) by level.
    public struct ClashCount: Codable, Hashable, Sendable {
        /// nil for national clashes.
        public var regionID: RegionID?
        public var label: String
        public var byLevel: [ClashLevel: Int]

        /// Creates a count.
        public init(regionID: RegionID?, label: String, byLevel: [ClashLevel: Int]) {
            self.regionID = regionID
            self.label = label
            self.byLevel = byLevel
        }

        /// All levels together.
        public var total: Int { byLevel.values.reduce(0, +) }
    }

    /// How many decisions were resolved one way.
    public struct ModeCount: Codable, Hashable, Sendable {
        public var mode: ResolutionMode
        public var count: Int

        /// Creates a count.
        public init(mode: ResolutionMode, count: Int) {
            self.mode = mode
            self.count = count
        }
    }
}

extension ResolutionMode {
    /// A label for minutes and charts, e.g. `Executive ruling`.
    public var label: String {
        switch self {
        case .consensus: "Consensus"
        case .compromise: "Compromise"
        case .executiveRuling: "Executive ruling"
        case .deferred: "Deferred"
        }
    }
}
