/// The HCPs a needle is computed for — a region, a product's audience in a region, a
/// segment, or the whole country — as summed channel counts.
///
/// A product's audience is the HCPs whose specialty `NeedleConfig.specialties(for:)` lists
/// for the product's therapeutic area; when the config maps no specialties to that area,
/// the audience is every HCP in scope (and `specialties` is nil, so explanations can say so).
public struct HCPAudience: Codable, Hashable, Sendable {
    /// The region, or nil for every region.
    public var regionID: RegionID?
    /// The specialties counted, or nil for all specialties.
    public var specialties: [String]?
    /// The segment counted, or nil for every segment.
    public var segment: HCPSegment?
    public var preferringFaceToFace = 0
    public var preferringMixed = 0
    public var preferringRemote = 0
    public var preferringDigital = 0
    public var accessOpen = 0
    public var accessRestricted = 0
    public var accessNone = 0
    /// HCPs per segment; segments without HCPs are absent.
    public var segmentCounts: [String: Int] = [:]

    /// Sums the profiles that match `regionID` (nil: all), `specialties` (nil: all) and
    /// `segment` (nil: all).
    public init(
        profiles: [HCPChannelProfile], regionID: RegionID? = nil, specialties: [String]? = nil,
        segment: HCPSegment? = nil
    ) {
        self.regionID = regionID
        self.specialties = specialties
        self.segment = segment
        let wanted = specialties.map(Set.init)
        for profile in profiles {
            if let regionID, profile.regionID != regionID { continue }
            if let wanted, !wanted.contains(profile.specialty) { continue }
            if let segment, profile.segment != segment { continue }
            add(profile)
        }
    }

    /// The audience of `product` in `regionID` (nil: the whole country), optionally one
    /// segment of it.
    public static func of(
        product: Product, regionID: RegionID?, segment: HCPSegment? = nil, profiles: [HCPChannelProfile],
        config: NeedleConfig
    ) -> HCPAudience {
        HCPAudience(
            profiles: profiles, regionID: regionID, specialties: config.specialties(for: product), segment: segment)
    }

    /// The number of HCPs.
    public var size: Int { preferringFaceToFace + preferringMixed + preferringRemote + preferringDigital }

    /// HCPs in `segment`.
    public func count(of segment: HCPSegment) -> Int { segmentCounts[segment.rawValue] ?? 0 }

    /// HCPs in segments that are not open to face-to-face visits (restricted-access,
    /// remote-preferring, digital-only).
    public var notFaceToFaceOpen: Int {
        HCPSegment.allCases.filter { !$0.isFaceToFaceOpen }.reduce(0) { $0 + count(of: $1) }
    }

    /// HCPs in the F2F-open segments (KOLs and others).
    public var faceToFaceOpen: Int { size - notFaceToFaceOpen }

    /// e.g. `31 HCPs: 0 F2F-open KOLs, 3 F2F-open, 17 restricted-access, 2 remote-preferring, 9 digital-only`.
    public var segmentSummary: String {
        let parts = HCPSegment.allCases.map { "\(count(of: $0)) \($0.label)" }
        return "\(size) HCP\(size == 1 ? "" : "s"): " + parts.joined(separator: ", ")
    }

    private mutating func add(_ profile: HCPChannelProfile) {
        preferringFaceToFace += profile.preferringFaceToFace
        preferringMixed += profile.preferringMixed
        preferringRemote += profile.preferringRemote
        preferringDigital += profile.preferringDigital
        accessOpen += profile.accessOpen
        accessRestricted += profile.accessRestricted
        accessNone += profile.accessNone
        if profile.total > 0 { segmentCounts[profile.segment.rawValue, default: 0] += profile.total }
    }
}
