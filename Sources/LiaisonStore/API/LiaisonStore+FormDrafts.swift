import Foundation
import GRDB
import LiaisonCore

extension LiaisonStore {
    /// Saves `payload` as `personID`'s draft of form `kind` at `revision`. Saves may finish out
    /// of order: one whose revision is not above the stored one (a later save, or the
    /// discarding of the draft) changes nothing. Not audited: a draft is not a record.
    /// - Returns: true when the payload was stored.
    @discardableResult
    public func saveFormDraft(personID: PersonID, kind: String, payload: String, revision: Int) throws -> Bool {
        let now = Int64((clock().timeIntervalSince1970 * 1000).rounded())
        return try writer.write { db in
            try db.execute(sql: """
                INSERT INTO form_drafts (person_id, form_kind, payload, revision, updated_ms) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (person_id, form_kind) DO UPDATE SET
                    payload = excluded.payload, revision = excluded.revision, updated_ms = excluded.updated_ms
                WHERE excluded.revision > form_drafts.revision
                """, arguments: [personID, kind, payload, revision, now])
            return db.changesCount > 0
        }
    }

    /// Discards `personID`'s draft of form `kind` (after the form was saved). Keeps `revision`
    /// as a marker so a save still in flight from before cannot bring the draft back.
    public func discardFormDraft(personID: PersonID, kind: String, revision: Int) throws {
        let now = Int64((clock().timeIntervalSince1970 * 1000).rounded())
        try writer.write { db in
            try db.execute(sql: """
                INSERT INTO form_drafts (person_id, form_kind, payload, revision, updated_ms) VALUES (?, ?, NULL, ?, ?)
                ON CONFLICT (person_id, form_kind) DO UPDATE SET
                    payload = NULL, revision = max(form_drafts.revision, excluded.revision), updated_ms = excluded.updated_ms
                """, arguments: [personID, kind, revision, now])
        }
    }

    /// The newest revision saved or discarded for `personID`'s form `kind` (0 when none), so a
    /// reopened form numbers its saves above it.
    public func formDraftRevision(personID: PersonID, kind: String) throws -> Int {
        try read { db in
            try Int.fetchOne(
                db, sql: "SELECT revision FROM form_drafts WHERE person_id = ? AND form_kind = ?",
                arguments: [personID, kind]) ?? 0
        }
    }

    /// `personID`'s kept draft of form `kind`, if there is one.
    public func formDraft(personID: PersonID, kind: String) throws -> FormDraft? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT payload, revision, updated_ms FROM form_drafts
                WHERE person_id = ? AND form_kind = ? AND payload IS NOT NULL
                """, arguments: [personID, kind]) else { return nil }
            let milliseconds: Int64 = row[2]
            return FormDraft(
                personID: personID, kind: kind, payload: row[0], revision: row[1],
                updatedAt: Date(timeIntervalSince1970: Double(milliseconds) / 1000))
        }
    }
}
