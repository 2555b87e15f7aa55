import LiaisonCore

/// Filters for the HCP listing; nil means "any".
public struct HCPQuery: Hashable, Sendable {
    /// Case-insensitive text found in the HCP's name, specialty, institution name or city.
    public var text: String?
    public var regionID: RegionID?
    public var institutionID: InstitutionID?
    public var tier: OpinionLeaderTier?

    /// Creates a query.
    public init(text: String? = nil, regionID: RegionID? = nil, institutionID: InstitutionID? = nil, tier: OpinionLeaderTier? = nil) {
        self.text = text
        self.regionID = regionID
        self.institutionID = institutionID
        self.tier = tier
    }
}
