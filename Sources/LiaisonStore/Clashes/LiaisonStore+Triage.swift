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
