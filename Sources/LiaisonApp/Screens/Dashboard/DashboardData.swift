import Foundation
import LiaisonCore

/// One region's tile on the dashboard; every number comes from an aggregate query.
public struct RegionTile: Sendable, Hashable {
    public var region: Region
    public var rmdName: String?
    /// The region's latest plan period and status; nil when it has no plan.
    public var planPeriod: String?
    public var planStatus: PlanStatus?
    /// Counted insights in the last 30 days.
    public var insightsLast30Days: Int
    /// Counted insights per ISO week, oldest first, the current week last (12 values).
    public var weeklyInsights: [Int]
    /// Decisions open or up for revisit in the region's scope.
    public var openDecisions: Int
    /// Most frequent themes of the last 30 days: display name and count.
    public var topThemes: [ThemeTally]
    /// Open clashes by level, e.g. "2 high · 1 medium"; filled by the clash issue, nil until then.
    public var openClashes: String?

    /// Creates a tile.
    public init(
        region: Region, rmdName: String?, planPeriod: String?, planStatus: PlanStatus?, insightsLast30Days: Int,
        weeklyInsights: [Int], openDecisions: Int, topThemes: [ThemeTally], openClashes: String? = nil
    ) {
        self.region = region
        self.rmdName = rmdName
        self.planPeriod = planPeriod
        self.planStatus = planStatus
        self.insightsLast30Days = insightsLast30Days
        self.weeklyInsights = weeklyInsights
        self.openDecisions = openDecisions
        self.topThemes = topThemes
        self.openClashes = openClashes
    }
}

/// A theme's display name and how often it came up.
public struct ThemeTally: Sendable, Hashable {
    public var name: String
    public var count: Int

    /// Creates a tally.
    public init(name: String, count: Int) {
        self.name = name
        self.count = count
    }
}

/// One of the person's insights and what became of it (the closed loop).
public struct LoopEntry: Sendable, Hashable {
    public var insight: Insight
    /// e.g. `waiting for review`, `reviewed`, `→ Early diagnosis`, `closed`, `archived`.
    public var outcome: String

    /// Creates an entry.
    public init(insight: Insight, outcome: String) {
        self.insight = insight
        self.outcome = outcome
    }
}

/// The "me" panel: the person's recent insights with their outcomes, their drafts, and the
/// meeting actions they own that are still open.
public struct MePanelData: Sendable, Hashable {
    public var person: Person
    public var recent: [LoopEntry]
    public var drafts: [Insight]
    /// Every open action the person owns, from any meeting, earliest due date first.
    public var openActions: [MeetingAction]
    /// The moment the panel was loaded for: actions due before it are overdue.
    public var asOf: Date

    /// Creates the panel data.
    public init(
        person: Person, recent: [LoopEntry], drafts: [Insight], openActions: [MeetingAction] = [], asOf: Date = .distantPast
    ) {
        self.person = person
        self.recent = recent
        self.drafts = drafts
        self.openActions = openActions
        self.asOf = asOf
    }
}

/// Everything the dashboard shows, loaded in one effect.
public struct DashboardData: Sendable, Hashable {
    public var tiles: [RegionTile]
    /// Nil when nobody is picked.
    public var me: MePanelData?
    /// Open national-scope decisions.
    public var nationalOpenDecisions: Int

    /// Creates dashboard data.
    public init(tiles: [RegionTile], me: MePanelData?, nationalOpenDecisions: Int) {
        self.tiles = tiles
        self.me = me
        self.nationalOpenDecisions = nationalOpenDecisions
    }
}
