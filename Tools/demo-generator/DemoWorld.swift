import LiaisonCore

/// The reference data built so far, handed to the builders of insights, touchpoints,
/// decisions and meetings.
struct DemoWorld {
    let organisation: Organisation
    let products: [ProductProfile]
    let institutions: [Institution]
    let hcps: [HCP]
    let plans: [Plan]
    let decisionIDs: DecisionIDs
    private let institutionsByID: [InstitutionID: Institution]
    private let hcpsByRegionAndProduct: [String: [HCP]]

    /// Indexes the reference data.
    init(
        organisation: Organisation, products: [ProductProfile], institutions: [Institution], hcps: [HCP],
        plans: [Plan], decisionIDs: DecisionIDs
    ) {
        self.organisation = organisation
        self.products = products
        self.institutions = institutions
        self.hcps = hcps
        self.plans = plans
        self.decisionIDs = decisionIDs
        institutionsByID = Dictionary(uniqueKeysWithValues: institutions.map { ($0.id, $0) })
        var index: [String: [HCP]] = [:]
        for hcp in hcps {
            index[Self.key(hcp.regionID, nil), default: []].append(hcp)
            for product in HCPRoster.products(for: hcp.specialty) {
                index[Self.key(hcp.regionID, product), default: []].append(hcp)
            }
        }
        hcpsByRegionAndProduct = index
    }

    private static func key(_ region: RegionID, _ product: ProductID?) -> String {
        region + "|" + (product ?? "any")
    }

    /// The institution with `id`.
    func institution(_ id: InstitutionID) -> Institution {
        institutionsByID[id]!
    }

    /// The HCPs of `region` who work with `product` (all of the region's HCPs for nil), in id order.
    func hcps(in region: RegionID, for product: ProductID?) -> [HCP] {
        hcpsByRegionAndProduct[Self.key(region, product)] ?? []
    }

    /// The plan with `id`.
    func plan(_ id: PlanID) -> Plan {
        plans.first { $0.id == id }!
    }
}
