import LiaisonCore

/// Messages of the Plans screen.
public enum PlansMessage: Sendable {
    case listLoaded([PlanListEntry])
    case comparisonLoaded(PlanComparisonBox)
    case insightsLoaded(ObjectiveInsights)
    case failed(String)
    /// The needle inputs and the configured needle section arrived.
    case needleLoaded(PlansNeedleBox)
    /// The needle inputs could not be read.
    case needleFailed(String)
}

/// Carries a loaded comparison through the public message enum.
public struct PlanComparisonBox: Sendable {
    let comparison: PlanComparison
    let regionID: RegionID?
}

/// One line of the plans list: the national plan or a region with its latest plan.
public struct PlanListEntry: Hashable, Sendable {
    /// Nil for the national plan.
    public var regionID: RegionID?
    public var name: String
    public var plan: Plan?
}

/// The insights behind one objective: those linked to it, then those of its theme in the region.
public struct ObjectiveInsights: Sendable {
    public var objective: Objective
    public var regionName: String?
    public var linked: [Insight]
    public var ofTheme: [Insight]

    /// Linked first, then the theme's, without repeats.
    public var all: [Insight] {
        let linkedIDs = Set(linked.map(\.id))
        return linked + ofTheme.filter { !linkedIDs.contains($0.id) }
    }
}
