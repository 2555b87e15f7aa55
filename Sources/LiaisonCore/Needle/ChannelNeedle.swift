/// Sets the face-to-face ↔ digital needle from the five drivers (seed 001).
///
/// `needle = Σ score(d) × w(d) / Σ w(d)` over the drivers `d` that have data, where `w` are
/// the configured weights. With no HCPs in the audience, F2F access and customer preference
/// have no data and are left out (not counted as 50); the explanation says so.
public enum ChannelNeedle {
    /// The needle for `product` and `audience`. Throws when the config has no score for the
    /// product's lifecycle stage, when all weights are 0, or when every driver with data
    /// weighs 0.
    public static func compute(product: Product, audience: HCPAudience, config: NeedleConfig) throws(ValidationError) -> NeedleReading {
        let drivers = try NeedleDrivers.score(product: product, audience: audience, config: config)
        let withData = Set(drivers.all.filter(\.hasData).map(\.driver))
        let weights = try config.weights.normalised(over: withData)
        let needle = drivers.all.reduce(0.0) { total, driver in total + (driver.score ?? 0) * weights[driver.driver] }
        var explanation = [headline(product: product, audience: audience, needle: needle)]
        for driver in drivers.all {
            if let score = driver.score {
                explanation.append(
                    "\(driver.driver.label): \(NeedleDrivers.rounded(score)) × \(percent(weights[driver.driver])) weight "
                        + "= \(String(format: "%.1f", score * weights[driver.driver])). \(driver.explanation)")
            } else {
                explanation.append("\(driver.driver.label): no data, left out. \(driver.explanation)")
            }
        }
        if withData.count < NeedleDriver.allCases.count {
            explanation.append("The weights of the drivers with data were rescaled to add up to 100%.")
        }
        return NeedleReading(
            productID: product.id, regionID: audience.regionID, segment: audience.segment, drivers: drivers,
            weights: weights, needle: needle, explanation: explanation, audienceSize: audience.size)
    }

    /// The needle for `product` in `regionID` (nil: the whole country), optionally one segment,
    /// from the store's channel profiles.
    public static func compute(
        product: Product, regionID: RegionID?, segment: HCPSegment? = nil, profiles: [HCPChannelProfile],
        config: NeedleConfig
    ) throws(ValidationError) -> NeedleReading {
        let audience = HCPAudience.of(product: product, regionID: regionID, segment: segment, profiles: profiles, config: config)
        return try compute(product: product, audience: audience, config: config)
    }

    private static func headline(product: Product, audience: HCPAudience, needle: Double) -> String {
        let place = audience.regionID ?? "all regions"
        let segmentText = audience.segment.map { ", segment \($0.label)" } ?? ""
        let who = audience.specialties.map { "\($0.joined(separator: ", ")) HCPs" }
            ?? "all HCPs (no specialties configured for \(product.therapeuticArea))"
        return "Needle \(NeedleDrivers.rounded(needle)) of 100 (0 = all digital, 100 = all face to face) for \(product.name) "
            + "in \(place)\(segmentText): \(audience.size) \(who)."
    }

    private static func percent(_ fraction: Double) -> String { "\(Int((fraction * 100).rounded()))%" }
}
