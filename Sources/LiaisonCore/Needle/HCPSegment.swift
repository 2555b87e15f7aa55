/// A channel segment: how an HCP can and wants to be reached (seed 001, "customers
/// segmented by channel preference"). Every HCP is in exactly one segment.
///
/// The rules, applied in this order (the first that matches wins):
/// 1. `digitalOnly`: preference `digital`, or face-to-face access `none`;
/// 2. `restrictedAccess`: access `restricted`;
/// 3. `remotePreferring`: preference `remote` (access is `open` here);
/// 4. `faceToFaceOpenKOL`: tier `national` or `regional` (open access, preference
///    `faceToFace` or `mixed`);
/// 5. `faceToFaceOpen`: everyone else (tier `local`, open access, preference
///    `faceToFace` or `mixed`).
///
/// The same rules as an SQL expression, for the store:
/// ```sql
/// CASE
///   WHEN channel_preference = 'digital' OR face_to_face_access = 'none' THEN 'digitalOnly'
///   WHEN face_to_face_access = 'restricted' THEN 'restrictedAccess'
///   WHEN channel_preference = 'remote' THEN 'remotePreferring'
///   WHEN tier IN ('national', 'regional') THEN 'faceToFaceOpenKOL'
///   ELSE 'faceToFaceOpen'
/// END
/// ```
public enum HCPSegment: String, Codable, CaseIterable, Sendable, Comparable {
    case faceToFaceOpenKOL
    case faceToFaceOpen
    case restrictedAccess
    case remotePreferring
    case digitalOnly

    /// The segment of an HCP with these attributes.
    public static func of(
        tier: OpinionLeaderTier, preference: ChannelPreference, access: FaceToFaceAccess
    ) -> HCPSegment {
        if preference == .digital || access == .none { return .digitalOnly }
        if access == .restricted { return .restrictedAccess }
        if preference == .remote { return .remotePreferring }
        return tier == .local ? .faceToFaceOpen : .faceToFaceOpenKOL
    }

    /// The segment of `hcp`.
    public static func of(_ hcp: HCP) -> HCPSegment {
        of(tier: hcp.tier, preference: hcp.channelPreference, access: hcp.faceToFaceAccess)
    }

    /// The name shown to users, e.g. `F2F-open KOLs`.
    public var label: String {
        switch self {
        case .faceToFaceOpenKOL: "F2F-open KOLs"
        case .faceToFaceOpen: "F2F-open"
        case .restrictedAccess: "restricted-access"
        case .remotePreferring: "remote-preferring"
        case .digitalOnly: "digital-only"
        }
    }

    /// True for the segments that can be and like to be visited in person.
    public var isFaceToFaceOpen: Bool { self == .faceToFaceOpenKOL || self == .faceToFaceOpen }

    private var order: Int { Self.allCases.firstIndex(of: self)! }

    /// Declaration order: from most to least face-to-face.
    public static func < (lhs: HCPSegment, rhs: HCPSegment) -> Bool { lhs.order < rhs.order }
}
