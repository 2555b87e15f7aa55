import LiaisonCore

/// Messages of the Plans screen.
public enum PlansMessage: Sendable {
    case listLoaded([PlanListEntry])
    case comparisonLoaded(PlanComparisonBox)
    case insightsLoaded(ObjectiveInsights)
    case failed(String)
}

/// Carries a loaded comparison through the public message enum.
public struct PlanComparisonBox: Sendable {
    let comparison: PlanComparison
    let regionID: RegionID?
}
