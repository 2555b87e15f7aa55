import Foundation
import GRDB
import LiaisonCore

extension LiaisonStore {
    /// Every region, by id.
    public func regions() throws -> [Region] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT \(RowDecoder.regionColumns) FROM regions ORDER BY id").map(RowDecoder.region)
        }
    }

    /// The region with `id`, if stored.
    public func region(id: RegionID) throws -> Region? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT \(RowDecoder.regionColumns) FROM regions WHERE id = ?", arguments: [id])
                .map(RowDecoder.region)
        }
    }

    /// People with `role` in `regionID` (either filter optional), by name.
    public func people(role: PersonRole? = nil, regionID: RegionID? = nil) throws -> [Person] {
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let role { conditions.append("role = ?"); arguments.append(role.rawValue) }
        if let regionID { conditions.append("region_id = ?"); arguments.append(regionID) }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try read { db in
            try Row.fetchAll(
                db, sql: "SELECT \(RowDecoder.personColumns) FROM people \(filter) ORDER BY name, id",
                arguments: StatementArguments(arguments)
            ).map(RowDecoder.person)
        }
    }

    /// The person with `id`, if stored.
    public func person(id: PersonID) throws -> Person? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT \(RowDecoder.personColumns) FROM people WHERE id = ?", arguments: [id])
                .map(RowDecoder.person)
        }
    }

    /// Every product, by id.
    public func products() throws -> [Product] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT \(RowDecoder.productColumns) FROM products ORDER BY id").map(RowDecoder.product)
        }
    }

    /// The product with `id`, if stored.
    public func product(id: ProductID) throws -> Product? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT \(RowDecoder.productColumns) FROM products WHERE id = ?", arguments: [id])
                .map(RowDecoder.product)
        }
    }

    /// Institutions, all or in one region, by name.
    public func institutions(regionID: RegionID? = nil) throws -> [Institution] {
        try read { db in
            let columns = RowDecoder.institutionColumns
            if let regionID {
                return try Row.fetchAll(
                    db, sql: "SELECT \(columns) FROM institutions WHERE region_id = ? ORDER BY name, id",
                    arguments: [regionID]
                ).map(RowDecoder.institution)
            }
            return try Row.fetchAll(db, sql: "SELECT \(columns) FROM institutions ORDER BY name, id").map(RowDecoder.institution)
        }
    }

    /// The institution with `id`, if stored.
    public func institution(id: InstitutionID) throws -> Institution? {
        try read { db in
            try Row.fetchOne(
                db, sql: "SELECT \(RowDecoder.institutionColumns) FROM institutions WHERE id = ?", arguments: [id]
            ).map(RowDecoder.institution)
        }
    }

    /// HCPs matching `query`, by name (ties by id), the page after `cursor`.
    public func hcps(matching query: HCPQuery, after cursor: PageCursor? = nil, limit: Int = 50) throws -> Page<HCP> {
        var keyset = KeysetQuery(
            listing: "hcps", columns: RowDecoder.hcpColumns, from: "hcps h", keyColumns: ["h.name", "h.id"],
            descending: false)
        if let value = query.regionID { keyset.filter("h.region_id = ?", value) }
        if let value = query.institutionID { keyset.filter("h.institution_id = ?", value) }
        if let value = query.tier { keyset.filter("h.tier = ?", value.rawValue) }
        if let text = query.text?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            let pattern = "%" + text.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
            keyset.filter("""
                (h.name LIKE ? ESCAPE '\\' OR h.specialty LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM institutions n \
                WHERE n.id = h.institution_id AND (n.name LIKE ? ESCAPE '\\' OR n.city LIKE ? ESCAPE '\\')))
                """, pattern, pattern, pattern, pattern)
        }
        return try read { db in try keyset.page(db, after: cursor, limit: limit, decode: RowDecoder.hcp) }
    }

    /// The HCP with `id`, if stored.
    public func hcp(id: HCPID) throws -> HCP? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT \(RowDecoder.hcpColumns) FROM hcps h WHERE h.id = ?", arguments: [id])
                .map(RowDecoder.hcp)
        }
    }

    /// Plans, all or of one scope and/or period, by id, with all their parts.
    public func plans(scope: PlanScope? = nil, period: String? = nil) throws -> [Plan] {
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let scope { conditions.append("scope = ?"); arguments.append(scope.description) }
        if let period { conditions.append("period = ?"); arguments.append(period) }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try read { db in
            try Row.fetchAll(
                db, sql: "SELECT \(RowDecoder.planColumns) FROM plans \(filter) ORDER BY id",
                arguments: StatementArguments(arguments)
            ).map { try RowDecoder.plan(db, $0) }
        }
    }

    /// The plan with `id`, if stored.
    public func plan(id: PlanID) throws -> Plan? {
        try read { db in try RowDecoder.fetchPlan(db, id: id) }
    }

    /// The national plan for `period`, or for the latest period when nil.
    public func nationalPlan(period: String? = nil) throws -> Plan? {
        try read { db in
            let row: Row?
            if let period {
                row = try Row.fetchOne(
                    db, sql: "SELECT \(RowDecoder.planColumns) FROM plans WHERE scope = 'national' AND period = ? ORDER BY id",
                    arguments: [period])
            } else {
                row = try Row.fetchOne(
                    db, sql: "SELECT \(RowDecoder.planColumns) FROM plans WHERE scope = 'national' ORDER BY period DESC, id")
            }
            return try row.map { try RowDecoder.plan(db, $0) }
        }
    }
}
