import Foundation
import GRDB
import LiaisonCore

extension StoreTransaction {
    private static let touchpointUpsert = """
        INSERT INTO touchpoints (id, hcp_id, date_ms, function, channel, topic) VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET hcp_id = excluded.hcp_id, date_ms = excluded.date_ms,
            function = excluded.function, channel = excluded.channel, topic = excluded.topic
        """

    /// Inserts or updates a touchpoint.
    public func upsert(_ touchpoint: Touchpoint) throws {
        try touchpoint.validate()
        var lookup = ReferenceLookup()
        lookup.hcps = [touchpoint.hcpID]
        try catalog(for: lookup).check(touchpoint)
        let before = try RowDecoder.fetchTouchpoint(db, id: touchpoint.id)
        guard before != touchpoint else { return }
        try execute(touchpoint)
        try auditChange(entity: "touchpoint", id: RowDecoder.text(touchpoint.id), before: before, after: touchpoint)
    }

    /// Deletes a touchpoint.
    public func deleteTouchpoint(_ id: UUID) throws {
        guard let before = try RowDecoder.fetchTouchpoint(db, id: id) else {
            throw StoreError.notFound(entity: "touchpoint", id: id.uuidString)
        }
        try db.execute(sql: "DELETE FROM touchpoints WHERE id = ?", arguments: [RowDecoder.text(id)])
        try auditDeletion(entity: "touchpoint", id: RowDecoder.text(id), before: before)
    }

    /// Bulk insert (or update by id) of many touchpoints, validated against `catalog`
    /// (default: `catalog()`); one audit row for the batch.
    /// - Throws: `BatchRowError` naming the first invalid element.
    @discardableResult
    public func insertTouchpoints<S: Sequence>(_ touchpoints: S, catalog: ReferenceCatalog? = nil) throws -> Int
    where S.Element == Touchpoint {
        let catalog = try catalog ?? self.catalog()
        var count = 0
        var first: UUID?
        var last: UUID?
        for touchpoint in touchpoints {
            do {
                try touchpoint.validate()
                try catalog.check(touchpoint)
            } catch {
                throw BatchRowError(index: count, id: touchpoint.id.uuidString, error: error)
            }
            try execute(touchpoint)
            if first == nil { first = touchpoint.id }
            last = touchpoint.id
            count += 1
        }
        if count > 0 {
            try auditBatch(entity: "touchpoint", count: count, first: first?.uuidString, last: last?.uuidString)
        }
        return count
    }

    private func execute(_ touchpoint: Touchpoint) throws {
        let statement = try db.cachedStatement(sql: StoreTransaction.touchpointUpsert)
        try statement.execute(arguments: [
            RowDecoder.text(touchpoint.id), touchpoint.hcpID, StoreCoding.milliseconds(touchpoint.date),
            touchpoint.function.rawValue, touchpoint.channel.rawValue, touchpoint.topic,
        ])
    }

    /// Inserts or updates a meeting; agenda and action items are replaced.
    public func upsert(_ meeting: Meeting) throws {
        for action in meeting.actions {
            var lookup = ReferenceLookup()
            lookup.people = [action.ownerID]
            if try catalog(for: lookup).people[action.ownerID] == nil {
                throw ValidationError(entity: "action", field: "ownerID", reason: "unknown person '\(action.ownerID)'")
            }
        }
        let before = try RowDecoder.fetchMeeting(db, id: meeting.id)
        guard before != meeting else { return }
        let id = RowDecoder.text(meeting.id)
        try db.execute(sql: """
            INSERT INTO meetings (id, date_ms, attendees, notes) VALUES (?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET date_ms = excluded.date_ms, attendees = excluded.attendees,
                notes = excluded.notes
            """, arguments: [id, StoreCoding.milliseconds(meeting.date), StoreCoding.json(meeting.attendees), meeting.notes])
        try db.execute(sql: "DELETE FROM meeting_agenda_items WHERE meeting_id = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM meeting_action_items WHERE meeting_id = ?", arguments: [id])
        for (position, item) in meeting.agenda.enumerated() {
            try db.execute(sql: """
                INSERT INTO meeting_agenda_items (meeting_id, position, id, source, title, reference, notes)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, position, RowDecoder.text(item.id), item.source, item.title, item.reference, item.notes])
        }
        for (position, action) in meeting.actions.enumerated() {
            try db.execute(sql: """
                INSERT INTO meeting_action_items (meeting_id, position, id, title, owner_id, due_ms, status)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [
                    id, position, RowDecoder.text(action.id), action.title, action.ownerID,
                    StoreCoding.milliseconds(action.due), action.status.rawValue,
                ])
        }
        try auditChange(entity: "meeting", id: id, before: before, after: meeting)
    }

    /// Deletes a meeting with its agenda and action items.
    public func deleteMeeting(_ id: UUID) throws {
        guard let before = try RowDecoder.fetchMeeting(db, id: id) else {
            throw StoreError.notFound(entity: "meeting", id: id.uuidString)
        }
        try db.execute(sql: "DELETE FROM meetings WHERE id = ?", arguments: [RowDecoder.text(id)])
        try auditDeletion(entity: "meeting", id: RowDecoder.text(id), before: before)
    }
}
