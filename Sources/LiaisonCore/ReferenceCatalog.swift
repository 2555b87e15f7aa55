import Foundation

/// The ids that exist, used to reject records that point at nothing (an HCP in a region
/// that doesn't exist, an insight with an unknown theme). Built from a dataset or a store.
public struct ReferenceCatalog: Sendable {
    public var regions: Set<RegionID>
    public var people: [PersonID: PersonRole]
    public var products: Set<ProductID>
    public var institutions: [InstitutionID: RegionID]
    public var hcps: [HCPID: RegionID]
    public var taxonomy: Taxonomy

    /// Creates a catalog from known ids.
    public init(
        regions: Set<RegionID>, people: [PersonID: PersonRole], products: Set<ProductID>,
        institutions: [InstitutionID: RegionID], hcps: [HCPID: RegionID], taxonomy: Taxonomy
    ) {
        self.regions = regions
        self.people = people
        self.products = products
        self.institutions = institutions
        self.hcps = hcps
        self.taxonomy = taxonomy
    }

    /// A catalog of the reference data in `dataset`.
    public init(dataset: Dataset, taxonomy: Taxonomy) {
        self.init(
            regions: Set(dataset.regions.map(\.id)),
            people: Dictionary(dataset.people.map { ($0.id, $0.role) }, uniquingKeysWith: { a, _ in a }),
            products: Set(dataset.products.map(\.id)),
            institutions: Dictionary(dataset.institutions.map { ($0.id, $0.regionID) }, uniquingKeysWith: { a, _ in a }),
            hcps: Dictionary(dataset.hcps.map { ($0.id, $0.regionID) }, uniquingKeysWith: { a, _ in a }),
            taxonomy: taxonomy)
    }

    private func require(_ known: Bool, _ id: String, _ entity: String, _ field: String, _ what: String) throws(ValidationError) {
        if !known {
            throw ValidationError(entity: entity, field: field, reason: "unknown \(what) '\(id)'")
        }
    }

    /// Checks a person's region.
    public func check(_ person: Person) throws(ValidationError) {
        if let region = person.regionID { try require(regions.contains(region), region, "person", "regionID", "region") }
    }

    /// Checks a region's RMD.
    public func check(_ region: Region) throws(ValidationError) {
        try require(people[region.rmdID] != nil, region.rmdID, "region", "rmdID", "person")
    }

    /// Checks an institution's region.
    public func check(_ institution: Institution) throws(ValidationError) {
        try require(regions.contains(institution.regionID), institution.regionID, "institution", "regionID", "region")
    }

    /// Checks an HCP's region and institution.
    public func check(_ hcp: HCP) throws(ValidationError) {
        try require(regions.contains(hcp.regionID), hcp.regionID, "hcp", "regionID", "region")
        try require(institutions[hcp.institutionID] != nil, hcp.institutionID, "hcp", "institutionID", "institution")
    }

    /// Checks an insight's author, region, HCP, institution, product and theme.
    public func check(_ insight: Insight) throws(ValidationError) {
        try require(people[insight.authorID] != nil, insight.authorID, "insight", "authorID", "person")
        try require(regions.contains(insight.regionID), insight.regionID, "insight", "regionID", "region")
        if let hcp = insight.hcpID { try require(hcps[hcp] != nil, hcp, "insight", "hcpID", "HCP") }
        if let inst = insight.institutionID {
            try require(institutions[inst] != nil, inst, "insight", "institutionID", "institution")
        }
        if let product = insight.productID { try require(products.contains(product), product, "insight", "productID", "product") }
        try taxonomy.check(insight.theme)
        for person in insight.endorsedBy { try require(people[person] != nil, person, "insight", "endorsedBy", "person") }
    }

    /// Checks a plan's region, products, themes and study sites.
    public func check(_ plan: Plan) throws(ValidationError) {
        if let region = plan.scope.regionID { try require(regions.contains(region), region, "plan", "scope", "region") }
        for objective in plan.objectives {
            if let product = objective.productID {
                try require(products.contains(product), product, "objective", "productID", "product")
            }
            if let theme = objective.theme { try taxonomy.check(theme, entity: "objective", field: "theme") }
        }
        for site in plan.studySites {
            try require(institutions[site.institutionID] != nil, site.institutionID, "studySite", "institutionID", "institution")
        }
        for share in plan.channelMix {
            try require(products.contains(share.productID), share.productID, "channelShare", "productID", "product")
        }
    }

    /// Checks a touchpoint's HCP.
    public func check(_ touchpoint: Touchpoint) throws(ValidationError) {
        try require(hcps[touchpoint.hcpID] != nil, touchpoint.hcpID, "touchpoint", "hcpID", "HCP")
    }

    /// Checks a decision's scope and the people named in it.
    public func check(_ decision: Decision) throws(ValidationError) {
        if let region = decision.scope.regionID { try require(regions.contains(region), region, "decision", "scope", "region") }
        try require(people[decision.createdBy] != nil, decision.createdBy, "decision", "createdBy", "person")
        if let by = decision.decidedBy { try require(people[by] != nil, by, "decision", "decidedBy", "person") }
        for stance in decision.stances {
            try require(people[stance.personID] != nil, stance.personID, "decision", "stances", "person")
        }
    }

    /// Validates every record of `dataset` on its own and against this catalog; the error
    /// names the record, e.g. `hcps[12] (hcp:h0012)`.
    public func validate(_ dataset: Dataset) throws(DatasetError) {
        func each<T>(_ items: [T], _ name: String, id: (T) -> String, _ body: (T) throws(ValidationError) -> Void) throws(DatasetError) {
            for (index, item) in items.enumerated() {
                do { try body(item) } catch {
                    throw DatasetError(location: "\(name)[\(index)] (\(id(item)))", error: error)
                }
            }
        }
        try each(dataset.regions, "regions", id: \.id) { r throws(ValidationError) in try r.validate(); try check(r) }
        try each(dataset.people, "people", id: \.id) { p throws(ValidationError) in try p.validate(); try check(p) }
        try each(dataset.products, "products", id: \.id) { p throws(ValidationError) in try p.validate() }
        try each(dataset.institutions, "institutions", id: \.id) { i throws(ValidationError) in try i.validate(); try check(i) }
        try each(dataset.hcps, "hcps", id: \.id) { h throws(ValidationError) in try h.validate(); try check(h) }
        try each(dataset.plans, "plans", id: \.id) { p throws(ValidationError) in try p.validate(); try check(p) }
        try each(dataset.insights, "insights", id: \.id.uuidString) { i throws(ValidationError) in try i.validate(); try check(i) }
        try each(dataset.touchpoints, "touchpoints", id: \.id.uuidString) { t throws(ValidationError) in try t.validate(); try check(t) }
        try each(dataset.decisions, "decisions", id: \.id.uuidString) { d throws(ValidationError) in try d.validate(); try check(d) }
    }
}

/// A validation error located inside a dataset.
public struct DatasetError: Error, Sendable, CustomStringConvertible {
    /// Where in the dataset, e.g. `insights[3] (…uuid…)`.
    public var location: String
    public var error: ValidationError

    /// Creates a located error.
    public init(location: String, error: ValidationError) {
        self.location = location
        self.error = error
    }

    public var description: String { "\(location): \(error)" }
}
