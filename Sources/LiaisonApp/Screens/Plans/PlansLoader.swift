import Foundation
import LiaisonCore
import LiaisonStore

/// The Plans screen's store reads; the effects call these and tests call them directly.
enum PlansLoader {
    /// The national plan first, then each region with its latest plan.
    static func list(store: LiaisonStore) throws -> [PlanListEntry] {
        let plans = try store.plans()
        func latest(_ scope: PlanScope) -> Plan? {
            plans.filter { $0.scope == scope }.max { $0.period < $1.period }
        }
        return [PlanListEntry(regionID: nil, name: "National", plan: latest(.national))]
            + (try store.regions()).map { PlanListEntry(regionID: $0.id, name: $0.name, plan: latest(.region($0.id))) }
    }

    /// The region's latest plan beside the national plan of the same period (the national plan
    /// alone for `regionID` nil).
    static func comparison(store: LiaisonStore, regionID: RegionID?) throws -> PlanComparison {
        let regional = try regionID.flatMap { id in try store.plans(scope: .region(id)).max { $0.period < $1.period } }
        let national = try store.nationalPlan(period: regional?.period) ?? store.nationalPlan()
        let sites = (regional?.studySites ?? []) + (national?.studySites ?? [])
        var institutions: [InstitutionID: Institution] = [:]
        for id in Set(sites.map(\.institutionID)) {
            if let institution = try store.institution(id: id) { institutions[id] = institution }
        }
        let products = Dictionary(try store.products().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let regionName = try regionID.flatMap { try store.region(id: $0)?.name ?? $0 }
        return PlanComparison(regionName: regionName, regional: regional, national: national,
                              institutions: institutions, productNames: products)
    }

    /// Insights linked to `objective` in either plan, and the newest insights of its theme in
    /// the region (nationwide for the national plan).
    static func insights(store: LiaisonStore, objective: Objective, comparison: PlanComparison, regionID: RegionID?, limit: Int = 50) throws -> ObjectiveInsights {
        let references = [comparison.regional, comparison.national].compactMap { $0 }.map { "\($0.id)#\(objective.code)" }
        let linked = try store.insights(linkedTo: references, limit: limit)
        var ofTheme: [Insight] = []
        if let theme = objective.theme {
            let counted: Set<InsightStatus> = [.submitted, .reviewed, .actioned, .closed]
            ofTheme = try store.insights(matching: InsightQuery(regionID: regionID, theme: theme, statuses: counted), limit: limit).items
        }
        return ObjectiveInsights(objective: objective, regionName: comparison.regionName, linked: linked, ofTheme: ofTheme)
    }
}
