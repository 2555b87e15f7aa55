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

    /// The catalog of the listed ids that exist in `db` (one cached index lookup per id).
    func catalog(_ db: Database, taxonomy: Taxonomy) throws -> ReferenceCatalog {
        func existing(_ table: String, _ column: String, _ ids: Set<String>) throws -> [String: String] {
            guard !ids.isEmpty else { return [:] }
            let statement = try db.cachedStatement(sql: "SELECT \(column) FROM \(table) WHERE id = ?")
            var found: [String: String] = [:]
            for id in ids {
                if let value = try String.fetchOne(statement, arguments: [id]) { found[id] = value }
            }
            return found
        }
        var people: [PersonID: PersonRole] = [:]
        for (id, role) in try existing("people", "role", self.people) {
            people[id] = try StoreCoding.enumValue(PersonRole.self, role, entity: "person", id: id)
        }
        return ReferenceCatalog(
            regions: Set(try existing("regions", "id", regions).keys),
            people: people,
            products: Set(try existing("products", "id", products).keys),
            institutions: try existing("institutions", "region_id", institutions),
            hcps: try existing("hcps", "region_id", hcps),
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
