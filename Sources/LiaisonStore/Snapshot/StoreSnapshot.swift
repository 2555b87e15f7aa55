import Foundation
import LiaisonCore

/// Everything the clash engine reads, taken in one consistent read: the plans, reference
/// data and decisions in full, insight and touchpoint activity as aggregates.
public struct StoreSnapshot: Sendable {
    public var now: Date
    public var windowDays: Int
    public var regions: [Region]
    public var people: [Person]
    public var products: [Product]
    public var institutions: [Institution]
    public var plans: [Plan]
    public var decisions: [Decision]
    public var themeActivity: [ThemeActivity]
    public var touchpointActivity: [TouchpointActivity]
    public var hcpChannelProfiles: [HCPChannelProfile]

    /// Creates a snapshot.
    public init(
        now: Date, windowDays: Int, regions: [Region], people: [Person], products: [Product],
        institutions: [Institution], plans: [Plan], decisions: [Decision], themeActivity: [ThemeActivity],
        touchpointActivity: [TouchpointActivity], hcpChannelProfiles: [HCPChannelProfile]
    ) {
        self.now = now
        self.windowDays = windowDays
        self.regions = regions
        self.people = people
        self.products = products
        self.institutions = institutions
        self.plans = plans
        self.decisions = decisions
        self.themeActivity = themeActivity
        self.touchpointActivity = touchpointActivity
        self.hcpChannelProfiles = hcpChannelProfiles
    }
}
