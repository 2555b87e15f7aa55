import Foundation
import GRDB
import LiaisonCore

extension LiaisonStore {
    /// Stores a triage record for a clash as `by` (audited). Earlier records are kept.
    public func triage(_ record: ClashTriage, by person: PersonID) throws {
        try write(actor: person) { transaction in try transaction.addTriage(record) }
    }

    /// Every triage record, oldest first (by time, then insertion order).
    public func triageRecords() throws -> [ClashTriage] {
        try read { db in try TriageRows.fetch(db, clashID: nil) }
    }

    /// The triage history of one clash, oldest first.
    public func triageRecords(clashID: String) throws -> [ClashTriage] {
        try read { db in try TriageRows.fetch(db, clashID: clashID) }
    }
}

/// Reads `clash_triage` rows back into `ClashTriage` values.
enum TriageRows {
    static func fetch(_ db: Database, clashID: String?) throws -> [ClashTriage] {
        var sql = "SELECT clash_id, state, reason, decision_id, by_person, at_ms, seq FROM clash_triage"
        var arguments: StatementArguments = []
        if let clashID {
            sql += " WHERE clash_id = ?"
            arguments = [clashID]
        }
        sql += " ORDER BY at_ms, seq"
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map(record)
    }

    private static func record(_ row: Row) throws -> ClashTriage {
        let clashID: String = row[0]
        let state = try StoreCoding.enumValue(ClashTriageState.self, row[1], entity: "clashTriage", id: clashID)
        let decisionText: String? = row[3]
        let decisionID = try decisionText.map { try RowDecoder.uuid($0, entity: "clashTriage") }
        return try StoreCoding.rebuild("clashTriage", clashID) { () throws(ValidationError) in
            try ClashTriage(
                clashID: clashID, state: state, reason: row[2], decisionID: decisionID, by: row[4],
                at: StoreCoding.date(row[5]))
        }
    }
}
