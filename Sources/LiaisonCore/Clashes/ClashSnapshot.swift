import Foundation

/// Everything the clash engine reads, as one value the store assembles.
///
/// Contract for the store:
/// - `now`: the clock time of the computation; change it only together with
///   `DataChange.clockAdvanced` (or a full recompute).
/// - `regions`, `people`, `institutions`: all rows.
/// - `plans`: the national plan and the regional plans of the period under review, with
///   objectives, tactics, study sites and channel mix. If several national plans (or several
///   plans of one region) are passed, the one with the latest `period` wins, then the
///   smallest id.
/// - `decisions`: all decisions with their stances (5,000 at reference scale is small).
/// - `roles`: `Resources/roles.json` or the user's copy.
/// - `themes`: the taxonomy's themes, for labels only.
/// - `themeActivity`: per region × theme insight counts, see `ThemeActivity` for the SQL
///   contract. The engine never sees individual insights beyond the sample ids.
/// - `triage`: every stored triage record (history included; the latest per clash counts).
/// - `products`: all rows (a few dozen at most).
/// - `channelProfiles`: HCP counts per region × specialty × segment, see `HCPChannelProfile`
///   for the SQL contract.
/// - `touchpointActivity`: per HCP, the densest touchpoint window and contacts against
///   preference, see `TouchpointActivity` for the contract.
/// - `needle`: the `needle` section of the config; a change to it, like a change to the
///   `ClashConfig`, needs a full recompute.
///
/// `ClashSnapshot(dataset:now:…)` builds a whole snapshot from a `Dataset` in Swift.
public struct ClashSnapshot: Sendable {
    public var now: Date
    public var regions: [Region]
    public var people: [Person]
    public var institutions: [Institution]
    public var plans: [Plan]
    public var decisions: [Decision]
    public var roles: RoleDefinitions
    public var themes: [Theme]
    public var themeActivity: [ThemeActivity]
    public var triage: [ClashTriage]
    public var products: [Product]
    public var channelProfiles: [HCPChannelProfile]
    public var touchpointActivity: [TouchpointActivity]
    public var needle: NeedleConfig

    /// Creates a snapshot.
    public init(
        now: Date, regions: [Region] = [], people: [Person] = [], institutions: [Institution] = [],
        plans: [Plan] = [], decisions: [Decision] = [], roles: RoleDefinitions, themes: [Theme] = [],
        themeActivity: [ThemeActivity] = [], triage: [ClashTriage] = [], products: [Product] = [],
        channelProfiles: [HCPChannelProfile] = [], touchpointActivity: [TouchpointActivity] = [],
        needle: NeedleConfig = .defaults
    ) {
        self.now = now
        self.regions = regions
        self.people = people
        self.institutions = institutions
        self.plans = plans
        self.decisions = decisions
        self.roles = roles
        self.themes = themes
        self.themeActivity = themeActivity
        self.triage = triage
        self.products = products
        self.channelProfiles = channelProfiles
        self.touchpointActivity = touchpointActivity
        self.needle = needle
    }

    /// The national plan under review: latest period, then smallest id.
    public var nationalPlan: Plan? {
        plans.filter { $0.scope == .national }.min(by: Self.preferred)
    }

    /// The plan under review for each region that has one.
    public var regionalPlans: [RegionID: Plan] {
        var result: [RegionID: Plan] = [:]
        for plan in plans {
            guard let region = plan.scope.regionID else { continue }
            if let current = result[region], !Self.preferred(plan, current) { continue }
            result[region] = plan
        }
        return result
    }

    /// The plan under review for `regionID`.
    public func plan(for regionID: RegionID) -> Plan? {
        plans.filter { $0.scope.regionID == regionID }.min(by: Self.preferred)
    }

    /// The region's name, or its id when unknown.
    public func regionName(_ id: RegionID) -> String {
        regions.first { $0.id == id }?.name ?? id
    }

    /// The theme's name, or its code when unknown.
    public func themeName(_ code: ThemeCode) -> String {
        themes.first { $0.code == code }?.name ?? code
    }

    /// The person with `id`, if present.
    public func person(_ id: PersonID) -> Person? {
        people.first { $0.id == id }
    }

    /// The decision with `id`, if present.
    public func decision(_ id: UUID) -> Decision? {
        decisions.first { $0.id == id }
    }

    /// The latest triage record of every clash, keyed by clash id.
    public var currentTriage: [String: ClashTriage] {
        ClashTriage.latest(triage)
    }

    /// True when `lhs` is the plan to use over `rhs`.
    static func preferred(_ lhs: Plan, _ rhs: Plan) -> Bool {
        lhs.period != rhs.period ? lhs.period > rhs.period : lhs.id < rhs.id
    }
}
