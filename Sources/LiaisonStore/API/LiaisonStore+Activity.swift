import Foundation
import GRDB
import LiaisonCore

extension LiaisonStore {
    /// Decisions, optionally of one status and scope, newest first (ties by id).
    public func decisions(
        status: DecisionStatus? = nil, scope: PlanScope? = nil, after cursor: PageCursor? = nil, limit: Int = 50
    ) throws -> Page<Decision> {
        var keyset = KeysetQuery(
            listing: "decisions", columns: RowDecoder.decisionColumns, from: "decisions d",
            keyColumns: ["d.created_ms", "d.id"], descending: true)
        if let status { keyset.filter("d.status = ?", status.rawValue) }
        if let scope { keyset.filter("d.scope = ?", scope.description) }
        return try read { db in try keyset.page(db, after: cursor, limit: limit, decode: RowDecoder.decision) }
    }

    /// The decision with `id`, if stored.
    public func decision(id: UUID) throws -> Decision? {
        try read { db in try RowDecoder.fetchDecision(db, id: id) }
    }

    /// Touchpoints, optionally of one HCP, since a date and of one function, newest first
    /// (ties by id).
    public func touchpoints(
        hcpID: HCPID? = nil, since: Date? = nil, function: TouchpointFunction? = nil, after cursor: PageCursor? = nil,
        limit: Int = 50
    ) throws -> Page<Touchpoint> {
        var keyset = KeysetQuery(
            listing: "touchpoints", columns: RowDecoder.touchpointColumns, from: "touchpoints",
            keyColumns: ["date_ms", "id"], descending: true)
        if let hcpID { keyset.filter("hcp_id = ?", hcpID) }
        if let since { keyset.filter("date_ms >= ?", StoreCoding.milliseconds(since)) }
        if let function { keyset.filter("function = ?", function.rawValue) }
        return try read { db in try keyset.page(db, after: cursor, limit: limit, decode: RowDecoder.touchpoint) }
    }

    /// Meetings, most recent first.
    public func meetings(after cursor: PageCursor? = nil, limit: Int = 20) throws -> Page<Meeting> {
        let keyset = KeysetQuery(
            listing: "meetings", columns: RowDecoder.meetingColumns, from: "meetings",
            keyColumns: ["date_ms", "id"], descending: true)
        return try read { db in try keyset.page(db, after: cursor, limit: limit) { try RowDecoder.meeting(db, $0) } }
    }

    /// The meeting with `id`, if stored.
    public func meeting(id: UUID) throws -> Meeting? {
        try read { db in try RowDecoder.fetchMeeting(db, id: id) }
    }

    /// The audit log, newest first, optionally for one kind of record and one record.
    public func auditLog(
        entity: String? = nil, entityID: String? = nil, after cursor: PageCursor? = nil, limit: Int = 50
    ) throws -> Page<AuditEntry> {
        var keyset = KeysetQuery(
            listing: "audit", columns: "seq, at_ms, actor, entity, entity_id, action, summary", from: "audit_log",
            keyColumns: ["seq"], descending: true)
        if let entity { keyset.filter("entity = ?", entity) }
        if let entityID { keyset.filter("entity_id = ?", entityID) }
        return try read { db in
            try keyset.page(db, after: cursor, limit: limit) { row in
                let sequence: Int64 = row[0]
                let action = try StoreCoding.enumValue(AuditAction.self, row[5], entity: "audit", id: String(sequence))
                return AuditEntry(
                    sequence: sequence, at: StoreCoding.date(row[1]), actor: row[2], entity: row[3], entityID: row[4],
                    action: action, summary: row[6])
            }
        }
    }
}
