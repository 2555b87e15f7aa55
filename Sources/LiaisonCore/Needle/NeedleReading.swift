/// Where the face-to-face ↔ digital needle stands for one product and audience, and why.
public struct NeedleReading: Codable, Hashable, Sendable {
    public var productID: ProductID
    /// The audience's region, or nil for the whole country.
    public var regionID: RegionID?
    /// The audience's segment, or nil for every segment.
    public var segment: HCPSegment?
    public var drivers: NeedleDrivers
    /// The weights as applied: normalised over the drivers with data, 0 for the others.
    public var weights: NeedleWeights
    /// 0 (all digital) … 100 (all face to face).
    public var needle: Double
    /// One line per driver (score × weight) plus a headline and any note about missing data.
    public var explanation: [String]
    /// The number of HCPs in the audience.
    public var audienceSize: Int

    /// Creates a reading.
    public init(
        productID: ProductID, regionID: RegionID?, segment: HCPSegment?, drivers: NeedleDrivers,
        weights: NeedleWeights, needle: Double, explanation: [String], audienceSize: Int
    ) {
        self.productID = productID
        self.regionID = regionID
        self.segment = segment
        self.drivers = drivers
        self.weights = weights
        self.needle = needle
        self.explanation = explanation
        self.audienceSize = audienceSize
    }

    /// The needle rounded to a whole number, as shown on gauges.
    public var roundedNeedle: Int { Int(needle.rounded()) }
}
