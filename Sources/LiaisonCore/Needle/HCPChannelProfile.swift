/// How many HCPs of one specialty in one region fall into one channel segment, with their
/// channel preferences and face-to-face access counted: the aggregate the needle and the
/// channel-mix rule read instead of individual HCPs.
///
/// Contract for the store (one `GROUP BY` over the HCP table, never loading HCPs):
/// ```sql
/// SELECT region_id, specialty, <HCPSegment CASE expression> AS segment,
///        SUM(channel_preference = 'faceToFace'), SUM(channel_preference = 'mixed'),
///        SUM(channel_preference = 'remote'),     SUM(channel_preference = 'digital'),
///        SUM(face_to_face_access = 'open'), SUM(face_to_face_access = 'restricted'),
///        SUM(face_to_face_access = 'none')
/// FROM hcp GROUP BY region_id, specialty, segment
/// ```
/// One row per combination that has at least one HCP. At 20,000 HCPs this is at most
/// regions × specialties × 5 rows. `profiles(from:)` is the same computation in Swift.
public struct HCPChannelProfile: Codable, Hashable, Sendable {
    public var regionID: RegionID
    public var specialty: String
    public var segment: HCPSegment
    public var preferringFaceToFace: Int
    public var preferringMixed: Int
    public var preferringRemote: Int
    public var preferringDigital: Int
    public var accessOpen: Int
    public var accessRestricted: Int
    public var accessNone: Int

    /// Creates a profile, rejecting negative counts or preference and access counts that
    /// add up to different totals.
    public init(
        regionID: RegionID, specialty: String, segment: HCPSegment,
        preferringFaceToFace: Int = 0, preferringMixed: Int = 0, preferringRemote: Int = 0, preferringDigital: Int = 0,
        accessOpen: Int = 0, accessRestricted: Int = 0, accessNone: Int = 0
    ) throws(ValidationError) {
        self.regionID = regionID
        self.specialty = specialty
        self.segment = segment
        self.preferringFaceToFace = preferringFaceToFace
        self.preferringMixed = preferringMixed
        self.preferringRemote = preferringRemote
        self.preferringDigital = preferringDigital
        self.accessOpen = accessOpen
        self.accessRestricted = accessRestricted
        self.accessNone = accessNone
        try validate()
    }

    /// The number of HCPs counted.
    public var total: Int { preferringFaceToFace + preferringMixed + preferringRemote + preferringDigital }

    /// Checks that counts are not negative and both breakdowns count the same HCPs.
    public func validate() throws(ValidationError) {
        let entity = "channelProfile \(regionID)/\(specialty)/\(segment.rawValue)"
        let counts = [
            ("preferringFaceToFace", preferringFaceToFace), ("preferringMixed", preferringMixed),
            ("preferringRemote", preferringRemote), ("preferringDigital", preferringDigital),
            ("accessOpen", accessOpen), ("accessRestricted", accessRestricted), ("accessNone", accessNone),
        ]
        for (field, value) in counts where value < 0 {
            throw ValidationError(entity: entity, field: field, reason: "must be 0 or more (is \(value))")
        }
        let accessTotal = accessOpen + accessRestricted + accessNone
        if accessTotal != total {
            throw ValidationError(
                entity: entity, field: "accessOpen",
                reason: "access counts add up to \(accessTotal) but preference counts to \(total)")
        }
    }

    /// Counts one more HCP with these attributes (which must belong to this profile's segment).
    mutating func count(preference: ChannelPreference, access: FaceToFaceAccess) {
        switch preference {
        case .faceToFace: preferringFaceToFace += 1
        case .mixed: preferringMixed += 1
        case .remote: preferringRemote += 1
        case .digital: preferringDigital += 1
        }
        switch access {
        case .open: accessOpen += 1
        case .restricted: accessRestricted += 1
        case .none: accessNone += 1
        }
    }

    /// The profiles of `hcps`, sorted by region, specialty and segment: the reference for
    /// the store's SQL and the way to build profiles for small data.
    public static func profiles(from hcps: [HCP]) -> [HCPChannelProfile] {
        struct Key: Hashable {
            var regionID: RegionID
            var specialty: String
            var segment: HCPSegment
        }
        var byKey: [Key: HCPChannelProfile] = [:]
        for hcp in hcps {
            let segment = HCPSegment.of(hcp)
            let key = Key(regionID: hcp.regionID, specialty: hcp.specialty, segment: segment)
            var profile = byKey[key] ?? HCPChannelProfile(
                unchecked: hcp.regionID, specialty: hcp.specialty, segment: segment)
            profile.count(preference: hcp.channelPreference, access: hcp.faceToFaceAccess)
            byKey[key] = profile
        }
        return byKey.values.sorted {
            ($0.regionID, $0.specialty, $0.segment) < ($1.regionID, $1.specialty, $1.segment)
        }
    }

    /// An empty profile (all counts 0, which is always valid).
    private init(unchecked regionID: RegionID, specialty: String, segment: HCPSegment) {
        self.regionID = regionID
        self.specialty = specialty
        self.segment = segment
        preferringFaceToFace = 0
        preferringMixed = 0
        preferringRemote = 0
        preferringDigital = 0
        accessOpen = 0
        accessRestricted = 0
        accessNone = 0
    }
}
