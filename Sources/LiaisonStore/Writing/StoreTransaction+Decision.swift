import Foundation
import GRDB
import LiaisonCore

extension StoreTransaction {
    /// Inserts or updates a decision; its stances are written as given.
    public func upsert(_ decision: Decision) throws {
        try write(decision, action: nil)
    }

    /// Validates and writes `decision`, auditing it as `action` (create/update when nil) with
    /// `extra` fields (e.g. a revisit note) added to the audit summary.
    func write(_ decision: Decision, action: AuditAction?, extra: [String: String] = [:]) throws {
        try decision.validate()
        try catalog(for: ReferenceLookup(decision)).check(decision)
        let before = try RowDecoder.fetchDecision(db, id: decision.id)
        guard before != decision else { return }
        let id = RowDecoder.text(decision.id)
        try db.execute(sql: """
            INSERT INTO decisions (id, title, topic, scope, region_id, field_case, office_case, resolution,
                decided_by, outcome, rationale, review_ms, status, clash_ids, insight_ids, created_by,
                created_ms, decided_ms)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET title = excluded.title, topic = excluded.topic,
                scope = excluded.scope, region_id = excluded.region_id, field_case = excluded.field_case,
                office_case = excluded.office_case, resolution = excluded.resolution,
                decided_by = excluded.decided_by, outcome = excluded.outcome, rationale = excluded.rationale,
                review_ms = excluded.review_ms, status = excluded.status, clash_ids = excluded.clash_ids,
                insight_ids = excluded.insight_ids, created_by = excluded.created_by,
                created_ms = excluded.created_ms, decided_ms = excluded.decided_ms
            """, arguments: [
                id, decision.title, decision.topic.rawValue, decision.scope.description, decision.scope.regionID,
                StoreCoding.json(decision.fieldCase), StoreCoding.json(decision.officeCase),
                decision.resolution?.rawValue, decision.decidedBy, decision.outcome, decision.rationale,
                decision.reviewDate.map(StoreCoding.milliseconds), decision.status.rawValue,
                StoreCoding.json(decision.clashIDs), StoreCoding.json(decision.insightIDs.map(\.uuidString)),
                decision.createdBy, StoreCoding.milliseconds(decision.createdAt),
                decision.decidedAt.map(StoreCoding.milliseconds),
            ])
        try db.execute(sql: "DELETE FROM decision_stances WHERE decision_id = ?", arguments: [id])
        for (position, stance) in decision.stances.enumerated() {
            try db.execute(sql: """
                INSERT INTO decision_stances (decision_id, position, person_id, stance, note, recorded_ms)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [
                    id, position, stance.personID, stance.position.rawValue, stance.note,
                    StoreCoding.milliseconds(stance.recordedAt),
                ])
        }
        try auditChange(entity: "decision", id: id, before: before, after: decision, action: action, extra: extra)
    }

    /// Deletes a decision and its stances.
    public func deleteDecision(_ id: UUID) throws {
        guard let before = try RowDecoder.fetchDecision(db, id: id) else {
            throw StoreError.notFound(entity: "decision", id: id.uuidString)
        }
        try db.execute(sql: "DELETE FROM decisions WHERE id = ?", arguments: [RowDecoder.text(id)])
        try auditDeletion(entity: "decision", id: RowDecoder.text(id), before: before)
    }
}
