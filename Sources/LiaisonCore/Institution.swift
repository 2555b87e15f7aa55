/// The kind of place an HCP works.
public enum InstitutionKind: String, Codable, CaseIterable, Sendable {
    case universityHospital
    case regionalHospital
    case clinic
    case practice
}

/// A hospital, clinic or practice, with the influence and study record that matter when
/// choosing study sites.
public struct Institution: Codable, Hashable, Sendable, Identifiable {
    public var id: InstitutionID
    public var name: String
    public var city: String
    public var regionID: RegionID
    public var kind: InstitutionKind
    /// 1 = national reference centre, 2 = regional, 3 = local.
    public var influenceTier: Int
    /// Number of clinical trials the site has run.
    public var studyExperience: Int

    /// Creates an institution, rejecting a tier outside 1…3 or a negative study count.
    public init(
        id: InstitutionID, name: String, city: String, regionID: RegionID,
        kind: InstitutionKind, influenceTier: Int, studyExperience: Int
    ) throws(ValidationError) {
        self.id = id
        self.name = name
        self.city = city
        self.regionID = regionID
        self.kind = kind
        self.influenceTier = influenceTier
        self.studyExperience = studyExperience
        try validate()
    }

    /// Checks the rules that need no other record.
    public func validate() throws(ValidationError) {
        try Check.slug(id, prefix: "inst", "institution", "id")
        try Check.nonEmpty(name, "institution", "name")
        try Check.range(influenceTier, 1...3, "institution", "influenceTier")
        try Check.range(studyExperience, 0...10_000, "institution", "studyExperience")
    }
}
