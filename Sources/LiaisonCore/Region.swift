/// A geographic region of the country, led by one Regional Medical Director.
public struct Region: Codable, Hashable, Sendable, Identifiable {
    public var id: RegionID
    public var name: String
    /// Free text describing the territory, e.g. the cities covered.
    public var territory: String
    /// The RMD who leads the region.
    public var rmdID: PersonID

    /// Creates a region, rejecting a malformed id or an empty name.
    public init(id: RegionID, name: String, territory: String, rmdID: PersonID) throws(ValidationError) {
        self.id = id
        self.name = name
        self.territory = territory
        self.rmdID = rmdID
        try validate()
    }

    /// Checks the rules that need no other record.
    public func validate() throws(ValidationError) {
        try Check.slug(id, prefix: "region", "region", "id")
        try Check.nonEmpty(name, "region", "name")
        try Check.slug(rmdID, prefix: "person", "region", "rmdID")
    }
}
