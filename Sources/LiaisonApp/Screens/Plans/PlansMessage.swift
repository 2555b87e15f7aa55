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
