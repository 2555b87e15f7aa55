import Foundation
import LiaisonCore

/// Everything the needle needs, read in one transaction: products, regions, the HCP channel
/// profiles and the plans under review. Computing readings from it is pure, so a screen can
/// recompute every gauge on each keystroke of a weights form without touching the database.
public struct NeedleInputs: Hashable, Sendable {
    /// Products, by id.
    public var products: [Product]
    /// Regions, by id.
    public var regions: [Region]
    /// Every HCP channel profile (see `HCPChannelProfile`).
    public var profiles: [HCPChannelProfile]
    /// The plan under review per scope: latest period, then smallest id (as the clash engine picks).
    public var plans: [PlanScope: Plan]

    /// Creates inputs; `plans` may hold several plans per scope, the one under review is kept.
    public init(products: [Product], regions: [Region], profiles: [HCPChannelProfile], plans: [Plan]) {
        self.products = products
        self.regions = regions
        self.profiles = profiles
        var chosen: [PlanScope: Plan] = [:]
        for plan in plans {
            if let current = chosen[plan.scope], !Self.isPreferred(plan, over: current) { continue }
            chosen[plan.scope] = plan
        }
        self.plans = chosen
    }

    /// The needle of every product (or only `productID`) for the whole country and every
    /// region (or only `regionID`; `.national` alone for the country), national first, then
    /// regions by id, with the plans' face-to-face shares.
    /// Throws when the config cannot score (all weights 0, a lifecycle stage without a score).
    public func rows(
        config: NeedleConfig, productID: ProductID? = nil, place: NeedlePlace? = nil
    ) throws(ValidationError) -> [NeedleRow] {
        let places: [NeedlePlace] = place.map { [$0] } ?? ([.national] + regions.map { .region($0.id) })
        var rows: [NeedleRow] = []
        for product in products where productID == nil || product.id == productID {
            for place in places {
                rows.append(try row(product: product, place: place, config: config))
            }
        }
        return rows
    }

    /// The needle of `product` in `place`, next to the F2F share of the plan under review there.
    public func row(product: Product, place: NeedlePlace, config: NeedleConfig) throws(ValidationError) -> NeedleRow {
        let reading = try ChannelNeedle.compute(product: product, regionID: place.regionID, profiles: profiles, config: config)
        let plan = plans[place.scope]
        let share = plan?.channelMix.first { $0.productID == product.id }?.faceToFaceShare
        return NeedleRow(
            productID: product.id, productName: product.name, regionID: place.regionID, placeName: name(of: place),
            reading: reading, planID: share == nil ? nil : plan?.id, planShare: share)
    }

    /// HCPs per segment for every place (national first, then each region) and audience (all
    /// HCPs, then each product's audience).
    public func segmentCounts(config: NeedleConfig) -> [HCPSegmentCounts] {
        let places: [NeedlePlace] = [.national] + regions.map { .region($0.id) }
        var result: [HCPSegmentCounts] = []
        for place in places {
            let everyone = HCPAudience(profiles: profiles, regionID: place.regionID)
            result.append(HCPSegmentCounts(regionID: place.regionID, placeName: name(of: place), productID: nil, audience: everyone))
            for product in products {
                let audience = HCPAudience.of(product: product, regionID: place.regionID, profiles: profiles, config: config)
                result.append(HCPSegmentCounts(regionID: place.regionID, placeName: name(of: place), productID: product.id, audience: audience))
            }
        }
        return result
    }

    /// "National" or the region's name (its id when unknown).
    public func name(of place: NeedlePlace) -> String {
        switch place {
        case .national: "National"
        case .region(let id): regions.first { $0.id == id }?.name ?? id
        }
    }

    private static func isPreferred(_ plan: Plan, over other: Plan) -> Bool {
        plan.period != other.period ? plan.period > other.period : plan.id < other.id
    }
}

/// Where a needle is set: the whole country or one region.
public enum NeedlePlace: Hashable, Sendable {
    case national
    case region(RegionID)

    /// The region, or nil for the whole country.
    public var regionID: RegionID? {
        if case .region(let id) = self { return id }
        return nil
    }

    /// The plan scope whose plan covers this place.
    public var scope: PlanScope {
        switch self {
        case .national: .national
        case .region(let id): .region(id)
        }
    }
}
