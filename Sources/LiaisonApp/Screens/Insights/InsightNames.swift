import LiaisonCore

/// Display names for the ids an insight refers to, loaded once per screen activation
/// (regions, products, people) and per page (HCPs). Unknown ids show as themselves.
public struct InsightNames: Sendable, Equatable {
    public var regions: [RegionID: String] = [:]
    public var products: [ProductID: String] = [:]
    public var people: [PersonID: String] = [:]
    public var hcps: [HCPID: String] = [:]

    /// No names yet.
    public init() {}

    /// The region's name.
    public func region(_ id: RegionID) -> String { regions[id] ?? id }
    /// The product's name.
    public func product(_ id: ProductID) -> String { products[id] ?? id }
    /// The person's name.
    public func person(_ id: PersonID) -> String { people[id] ?? id }
    /// The HCP's name.
    public func hcp(_ id: HCPID) -> String { hcps[id] ?? id }

    /// These names with `other`'s added (other wins on conflicts).
    public func merged(with other: InsightNames) -> InsightNames {
        var result = self
        result.regions.merge(other.regions) { $1 }
        result.products.merge(other.products) { $1 }
        result.people.merge(other.people) { $1 }
        result.hcps.merge(other.hcps) { $1 }
        return result
    }
}
