/// How much opinion a healthcare professional leads.
public enum OpinionLeaderTier: String, Codable, CaseIterable, Sendable {
    case national
    case regional
    case local
}

/// The channel an HCP prefers to be reached through.
public enum ChannelPreference: String, Codable, CaseIterable, Sendable {
    case faceToFace
    case remote
    case digital
    case mixed
}

/// Whether field staff can visit the HCP in person.
public enum FaceToFaceAccess: String, Codable, CaseIterable, Sendable {
    case open
    case restricted
    case none
}

/// A healthcare professional the team talks to.
public struct HCP: Codable, Hashable, Sendable, Identifiable {
    public var id: HCPID
    public var name: String
    public var specialty: String
    public var institutionID: InstitutionID
    public var regionID: RegionID
    public var tier: OpinionLeaderTier
    public var channelPreference: ChannelPreference
    public var faceToFaceAccess: FaceToFaceAccess
    /// Whether the HCP agreed to be contacted.
    public var contactConsent: Bool

    /// Creates an HCP record.
    public init(
        id: HCPID, name: String, specialty: String, institutionID: InstitutionID, regionID: RegionID,
        tier: OpinionLeaderTier, channelPreference: ChannelPreference,
        faceToFaceAccess: FaceToFaceAccess, contactConsent: Bool
    ) throws(ValidationError) {
        self.id = id
        self.name = name
        self.specialty = specialty
        self.institutionID = institutionID
        self.regionID = regionID
        self.tier = tier
        self.channelPreference = channelPreference
        self.faceToFaceAccess = faceToFaceAccess
        self.contactConsent = contactConsent
        try validate()
    }

    /// Checks the rules that need no other record.
    public func validate() throws(ValidationError) {
        try Check.slug(id, prefix: "hcp", "hcp", "id")
        try Check.nonEmpty(name, "hcp", "name")
        try Check.slug(institutionID, prefix: "inst", "hcp", "institutionID")
        try Check.slug(regionID, prefix: "region", "hcp", "regionID")
    }
}
