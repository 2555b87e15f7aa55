import Foundation
import GRDB
import LiaisonCore

extension LiaisonStore {
    /// Products, regions, every HCP channel profile and the plans, in one read transaction
    /// (channel profiles by the same `GROUP BY` as the clash snapshot; HCPs are never loaded).
    public func needleInputs() throws -> NeedleInputs {
        try read { db in
            NeedleInputs(
                products: try Row.fetchAll(db, sql: "SELECT \(RowDecoder.productColumns) FROM products ORDER BY id")
                    .map(RowDecoder.product),
                regions: try Row.fetchAll(db, sql: "SELECT \(RowDecoder.regionColumns) FROM regions ORDER BY id")
                    .map(RowDecoder.region),
                profiles: try ChannelProfileQuery.all(db),
                plans: try Row.fetchAll(db, sql: "SELECT \(RowDecoder.planColumns) FROM plans ORDER BY id")
                    .map { try RowDecoder.plan(db, $0) })
        }
    }

    /// The HCP channel profiles of one region (nil: every region), limited to `specialties`
    /// when given, sorted by region, specialty and segment.
    public func channelProfiles(regionID: RegionID?, specialties: [String]? = nil) throws -> [HCPChannelProfile] {
        try read { db in try ChannelProfileQuery.all(db, regionID: regionID, specialties: specialties) }
    }

    /// The audience of `product` in `regionID` (nil: the whole country) under `config`'s
    /// specialty table, summed from that place's profiles.
    public func audience(of product: Product, regionID: RegionID?, config: NeedleConfig) throws -> HCPAudience {
        let specialties = config.specialties(for: product)
        let profiles = try channelProfiles(regionID: regionID, specialties: specialties)
        return HCPAudience.of(product: product, regionID: regionID, profiles: profiles, config: config)
    }

    /// HCPs per segment for the whole country and each region, for every HCP and for each
    /// product's audience (see `NeedleInputs.segmentCounts`).
    public func segmentCounts(config: NeedleConfig) throws -> [HCPSegmentCounts] {
        try needleInputs().segmentCounts(config: config)
    }
}
