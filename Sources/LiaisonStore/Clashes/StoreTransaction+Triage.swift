import Foundation
import GRDB
import LiaisonCore

extension StoreTransaction {
    /// Appends a triage record for a clash (history is never rewritten) and audits it.
    /// The person must exist, and a named decision too.
    public func addTriage(_ record: ClashTriage) throws {
        try record.validate()
        var lookup = ReferenceLookup()
        lookup.people = [record.by]
        let catalog = try catalog(for: lookup)
        guard catalog.people[record.by] != nil else {
            throw ValidationError(entity: "triage", field: "by", reason: "unknown person '\(record.by)'")
        }
        if let decisionID = record.decisionID, try RowDecoder.fetchDecision(db, id: decisionID) == nil {
            throw ValidationError(
                entity: "triage", field: "decisionID", reason: "unknown decision \(decisionID.uuidString)")
        }
        try db.execute(sql: """
            INSERT INTO clash_triage (clash_id, state, reason, decision_id, by_person, at_ms) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [
                record.clashID, record.state.rawValue, record.reason, record.decisionID.map(RowDecoder.text),
                record.by, StoreCoding.milliseconds(record.at),
            ])
        try audit(entity: "clashTriage", id: record.clashID, action: .create, summary: AuditSummary.record(record))
    }
}
