import LiaisonCore

/// One line of the plans list: the national plan or a region with its latest plan.
public struct PlanListEntry: Hashable, Sendable {
    /// Nil for the national plan.
    public var regionID: RegionID?
    /// "National" or the region's name.
    public var name: String
    /// The latest plan of that scope, if any.
    public var plan: Plan?
}
