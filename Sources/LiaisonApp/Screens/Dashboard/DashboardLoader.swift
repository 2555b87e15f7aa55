import Foundation
import LiaisonCore
import LiaisonStore

/// Reads the dashboard from the store's aggregate queries (summary tables, small reference
/// tables and the person's newest insights); never scans the insights table.
public enum DashboardLoader {
    /// How many of the person's insights and drafts the panel loads.
    public static let recentLimit = 12
    /// A tile's clash line while the session's clashes are computed.
    public static let computingClashes = "computing…"

    /// Loads every tile and the "me" panel of `person` as of `now`; with `clashes` each tile
    /// also counts its region's active clashes by level, and says "computing…" instead while
    /// `clashesComputing`.
    public static func load(
        store: LiaisonStore, person: Person?, now: Date, taxonomy: Taxonomy, clashes: ClashService? = nil,
        clashesComputing: Bool = false
    ) throws -> DashboardData {
        let regions = try store.regions()
        let rmds = Dictionary(try store.people(role: .rmd).map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let recentCounts = try store.insightCountsByRegion(lastDays: 30, now: now)
        let weekly = try store.weeklyInsightCounts(weeks: 12, now: now)
        let decisions = try store.openDecisionCounts()
        let themeName = { (code: ThemeCode) in taxonomy.theme(code)?.name ?? code }
        let clashesByRegion = Dictionary(grouping: clashes?.current() ?? []) { $0.clash?.regionID ?? "" }
        let tiles = try regions.map { region -> RegionTile in
            let plan = try store.plans(scope: .region(region.id)).max { $0.period < $1.period }
            let themes = try store.topThemes(regionID: region.id, lastDays: 30, now: now, limit: 3)
            return RegionTile(
                region: region, rmdName: rmds[region.rmdID], planPeriod: plan?.period, planStatus: plan?.status,
                insightsLast30Days: recentCounts[region.id] ?? 0,
                weeklyInsights: weekly[region.id] ?? Array(repeating: 0, count: 12),
                openDecisions: decisions[.region(region.id)] ?? 0,
                topThemes: themes.map { ThemeTally(name: themeName($0.theme), count: $0.count) },
                openClashes: clashes.map { _ in ClashStyle.countsByLevel(clashesByRegion[region.id] ?? []) ?? "none open" }
                    ?? (clashesComputing ? computingClashes : nil))
        }
        let me = try person.map { try loadMe(store: store, person: $0, now: now) }
        return DashboardData(tiles: tiles, me: me, nationalOpenDecisions: decisions[.national] ?? 0)
    }

    /// The person's recent insights with what became of them, their drafts, and the open
    /// meeting actions they own (one indexed query over the actions table).
    static func loadMe(store: LiaisonStore, person: Person, now: Date) throws -> MePanelData {
        var plans: [PlanID: Plan?] = [:]
        let recent = try store.recentInsights(authorID: person.id, limit: recentLimit).map { insight in
            LoopEntry(insight: insight, outcome: try outcome(of: insight, store: store, plans: &plans))
        }
        let drafts = try store.drafts(authorID: person.id, limit: recentLimit)
        return MePanelData(
            person: person, recent: recent, drafts: drafts, openActions: try store.openActions(ownerID: person.id), asOf: now)
    }

    /// What became of `insight`, in a few words.
    static func outcome(of insight: Insight, store: LiaisonStore, plans: inout [PlanID: Plan?]) throws -> String {
        let linked = try insight.link.map { try linkTitle($0, store: store, plans: &plans) }
        switch insight.status {
        case .draft: return "draft"
        case .submitted: return "waiting for review"
        case .reviewed: return "reviewed"
        case .actioned: return "actioned → " + (linked ?? "?")
        case .closed: return linked.map { "closed → " + $0 } ?? "closed"
        case .archived: return "archived"
        }
    }

    /// The title of what an insight link points at: an objective, a tactic or a decision.
    private static func linkTitle(_ link: InsightLink, store: LiaisonStore, plans: inout [PlanID: Plan?]) throws -> String {
        switch link.target {
        case .decision:
            guard let id = UUID(uuidString: link.reference), let decision = try store.decision(id: id) else {
                return "decision"
            }
            return "decision: " + decision.title
        case .objective, .tactic:
            let parts = link.reference.split(separator: "#", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { return link.reference }
            let planID = parts[0]
            if plans[planID] == nil { plans[planID] = .some(try store.plan(id: planID)) }
            guard let plan = plans[planID] ?? nil else { return parts[1] }
            if link.target == .objective { return plan.objective(parts[1])?.title ?? parts[1] }
            return plan.tactics.first { $0.code == parts[1] }?.title ?? parts[1]
        }
    }
}
