import LiaisonCore
import TerminalKit

/// State of the Plans screen: the list of regions (plus national), an opened plan beside the
/// national plan, and the insights behind an objective.
public struct PlansState: Sendable {
    /// What the screen shows.
    enum Mode: Sendable {
        case list
        /// The plan of a region (nil: national) side by side with the national plan.
        case plan(RegionID?)
        /// The insights supporting an objective, over the plan.
        case insights(RegionID?)
    }

    var mode = Mode.list
    var entries: [PlanListEntry]?
    var listScroll = ScrollState()
    var comparison: PlanComparison?
    /// Rows of `comparison`, computed once when it loads.
    var rows: [ComparisonRow] = []
    var planScroll = ScrollState()
    var objectiveInsights: ObjectiveInsights?
    var insightScroll = ScrollState()
    var error: String?
    var isLoading = false
    /// The channel needle gauges and the weights form.
    var needle = PlansNeedleState()

    /// An empty, not yet loaded state.
    public init() {}
}
