import Foundation
import LiaisonCore

/// How many HCPs of one place and audience fall into each channel segment.
public struct HCPSegmentCounts: Codable, Hashable, Sendable {
    /// The region, or nil for the whole country.
    public var regionID: RegionID?
    /// "National" or the region's name.
    public var placeName: String
    /// The product whose audience is counted; nil for every HCP.
    public var productID: ProductID?
    /// HCPs per segment, keyed by `HCPSegment` raw value; every segment is present (0 when empty).
    public var counts: [String: Int]

    /// Creates counts; segments missing from `counts` count 0.
    public init(regionID: RegionID?, placeName: String, productID: ProductID?, counts: [HCPSegment: Int]) {
        self.regionID = regionID
        self.placeName = placeName
        self.productID = productID
        self.counts = Dictionary(uniqueKeysWithValues: HCPSegment.allCases.map { ($0.rawValue, counts[$0] ?? 0) })
    }

    /// The segment counts of `audience`.
    public init(regionID: RegionID?, placeName: String, productID: ProductID?, audience: HCPAudience) {
        self.init(
            regionID: regionID, placeName: placeName, productID: productID,
            counts: Dictionary(uniqueKeysWithValues: HCPSegment.allCases.map { ($0, audience.count(of: $0)) }))
    }

    /// HCPs in every segment.
    public var total: Int { counts.values.reduce(0, +) }

    /// HCPs in `segment`.
    public subscript(segment: HCPSegment) -> Int { counts[segment.rawValue] ?? 0 }
}
