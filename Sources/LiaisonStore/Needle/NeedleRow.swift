import Foundation
import LiaisonCore

/// One product in one place: where the needle stands, why, and how far the plan's
/// face-to-face share is from it.
public struct NeedleRow: Codable, Hashable, Sendable {
    public var productID: ProductID
    public var productName: String
    /// The region, or nil for the whole country.
    public var regionID: RegionID?
    /// "National" or the region's name.
    public var placeName: String
    /// The five drivers, the weights as applied and the needle.
    public var reading: NeedleReading
    /// The plan whose channel mix gave `planShare`; nil when no plan sets a share for the product.
    public var planID: PlanID?
    /// The plan's face-to-face share, 0…100; nil when no plan sets one.
    public var planShare: Int?
    /// The plan's share minus the needle (positive: the plan is more face to face than the
    /// drivers suggest); nil without a plan share.
    public var gap: Double?

    /// Creates a row.
    public init(
        productID: ProductID, productName: String, regionID: RegionID?, placeName: String, reading: NeedleReading,
        planID: PlanID?, planShare: Int?
    ) {
        self.productID = productID
        self.productName = productName
        self.regionID = regionID
        self.placeName = placeName
        self.reading = reading
        self.planID = planID
        self.planShare = planShare
        gap = planShare.map { Double($0) - reading.needle }
    }

    /// The gap rounded to whole points, e.g. `+49` or `-12`; empty without a plan share.
    public var gapText: String {
        guard let gap else { return "" }
        let points = Int(gap.rounded())
        return points > 0 ? "+\(points)" : "\(points)"
    }
}
