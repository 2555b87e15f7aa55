import Foundation
import GRDB
import LiaisonCore

/// Builds `ReferenceCatalog`s from the database: the full catalog, or a narrow one holding
/// only the ids one record points at (so validating a single write costs a few index lookups).
struct ReferenceLookup {
    var regions: Set<RegionID> = []
    var people: Set<PersonID> = []
    var products: Set<ProductID> = []
    var institutions: Set<InstitutionID> = []
    var hcps: Set<HCPID> = []

    /// The catalog of the listed ids that exist in `db`.
    func catalog(_ db: Database, taxonomy: Taxonomy) throws -> ReferenceCatalog {
        func existing(_ table: String, _ ids: Set<String>) throws -> [Row] {
            guard !ids.isEmpty else { return [] }
            let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
            let extra = table == "people" ? ", role" : (table == "regions" || table == "products" ? "" : ", region_id")
            return try Row.fetchAll(
                db, sql: "SELECT id\(extra) FROM \(table) WHERE id IN (\(marks))",
                arguments: StatementArguments(Array(ids)))
        }
        return ReferenceCatalog(
            regions: Set(try existing("regions", regions).map { $0[0] as String }),
            people: try ReferenceLookup.roles(existing("people", people)),
            products: Set(try existing("products", products).map { $0[0] as String }),
            institutions: ReferenceLookup.pairs(try existing("institutions", institutions)),
            hcps: ReferenceLookup.pairs(try existing("hcps", hcps)),
            taxonomy: taxonomy)
    }

    /// Every id in `db`.
    static func fullCatalog(_ db: Database, taxonomy: Taxonomy) throws -> ReferenceCatalog {
        ReferenceCatalog(
            regions: Set(try String.fetchAll(db, sql: "SELECT id FROM regions")),
            people: try roles(Row.fetchAll(db, sql: "SELECT id, role FROM people")),
            products: Set(try String.fetchAll(db, sql: "SELECT id FROM products")),
            institutions: pairs(try Row.fetchAll(db, sql: "SELECT id, region_id FROM institutions")),
            hcps: pairs(try Row.fetchAll(db, sql: "SELECT id, region_id FROM hcps")),
            taxonomy: taxonomy)
    }

    private static func pairs(_ rows: [Row]) -> [String: String] {
        Dictionary(rows.map { ($0[0] as String, $0[1] as String) }, uniquingKeysWith: { first, _ in first })
    }

    private static func roles(_ rows: [Row]) throws -> [PersonID: PersonRole] {
        var result: [PersonID: PersonRole] = [:]
        for row in rows {
            let id: String = row[0]
            result[id] = try StoreCoding.enumValue(PersonRole.self, row[1], entity: "person", id: id)
        }
        return result
    }
}

extension ReferenceLookup {
    /// The ids `insight` points at.
    init(_ insight: Insight) {
        regions = [insight.regionID]
        people = Set(insight.endorsedBy + [insight.authorID])
        products = Set([insight.productID].compactMap { $0 })
        institutions = Set([insight.institutionID].compactMap { $0 })
        hcps = Set([insight.hcpID].compactMap { $0 })
    }

    /// The ids `plan` points at.
    init(_ plan: Plan) {
        regions = Set([plan.scope.regionID].compactMap { $0 })
        products = Set(plan.objectives.compactMap(\.productID) + plan.channelMix.map(\.productID))
        institutions = Set(plan.studySites.map(\.institutionID))
    }

    /// The ids `decision` points at.
    init(_ decision: Decision) {
        regions = Set([decision.scope.regionID].compactMap { $0 })
        people = Set([decision.createdBy] + [decision.decidedBy].compactMap { $0 } + decision.stances.map(\.personID))
    }
}
