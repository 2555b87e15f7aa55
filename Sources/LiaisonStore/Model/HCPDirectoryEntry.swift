import LiaisonCore

/// One HCP as a picker shows it: just enough to find and file an insight.
public struct HCPDirectoryEntry: Hashable, Sendable {
    public var id: HCPID
    public var name: String
    public var institutionID: InstitutionID
    public var institutionName: String
    public var city: String
    public var regionID: RegionID

    /// Creates an entry.
    public init(id: HCPID, name: String, institutionID: InstitutionID, institutionName: String, city: String, regionID: RegionID) {
        self.id = id
        self.name = name
        self.institutionID = institutionID
        self.institutionName = institutionName
        self.city = city
        self.regionID = regionID
    }
}
