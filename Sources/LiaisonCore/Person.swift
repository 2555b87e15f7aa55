/// The job a person does in Medical Affairs.
public enum PersonRole: String, Codable, CaseIterable, Sendable {
    case msl
    case rmd
    case medicalDirector
    case teamLead
    case office
    case global

    /// Which side of the field/office divide the role sits on.
    public var perspective: Perspective {
        switch self {
        case .msl: .field
        case .rmd: .hybrid
        case .medicalDirector, .teamLead, .office, .global: .office
        }
    }

    /// A short label for tables, e.g. `RMD`.
    public var label: String {
        switch self {
        case .msl: "MSL"
        case .rmd: "RMD"
        case .medicalDirector: "Medical director"
        case .teamLead: "Team lead"
        case .office: "HQ strategy"
        case .global: "Global medical"
        }
    }
}

/// Field (faces doctors), office (faces strategy) or hybrid (the RMD, who does both).
public enum Perspective: String, Codable, CaseIterable, Sendable {
    case field
    case hybrid
    case office
}

/// Someone on the team: an MSL, an RMD, a medical director, HQ or global staff.
public struct Person: Codable, Hashable, Sendable, Identifiable {
    public var id: PersonID
    public var name: String
    public var role: PersonRole
    /// The region a field or hybrid person works in; nil for office roles.
    public var regionID: RegionID?
    /// The role held before the current one, e.g. an RMD who used to be an MSL.
    public var formerRole: PersonRole?
    public var email: String?

    /// Creates a person; field and hybrid roles must have a region.
    public init(
        id: PersonID, name: String, role: PersonRole, regionID: RegionID?,
        formerRole: PersonRole? = nil, email: String? = nil
    ) throws(ValidationError) {
        self.id = id
        self.name = name
        self.role = role
        self.regionID = regionID
        self.formerRole = formerRole
        self.email = email
        try validate()
    }

    /// Derived from the role.
    public var perspective: Perspective { role.perspective }

    /// Checks the rules that need no other record.
    public func validate() throws(ValidationError) {
        try Check.slug(id, prefix: "person", "person", "id")
        try Check.nonEmpty(name, "person", "name")
        if role.perspective != .office && regionID == nil {
            throw ValidationError(entity: "person", field: "regionID", reason: "a \(role.label) must belong to a region")
        }
    }
}
