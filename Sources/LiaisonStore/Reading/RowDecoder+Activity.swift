import Foundation
import GRDB
import LiaisonCore

extension RowDecoder {
    static let touchpointColumns = "id, hcp_id, date_ms, function, channel, topic"
    static let meetingColumns = "id, date_ms, attendees, notes"

    static func touchpoint(_ row: Row) throws -> Touchpoint {
        let idText: String = row[0]
        let id = try uuid(idText, entity: "touchpoint")
        let function = try StoreCoding.enumValue(TouchpointFunction.self, row[3], entity: "touchpoint", id: idText)
        let channel = try StoreCoding.enumValue(InteractionChannel.self, row[4], entity: "touchpoint", id: idText)
        return try StoreCoding.rebuild("touchpoint", idText) { () throws(ValidationError) in
            try Touchpoint(
                id: id, hcpID: row[1], date: StoreCoding.date(row[2]), function: function, channel: channel,
                topic: row[5])
        }
    }

    /// The touchpoint with `id`, if stored.
    static func fetchTouchpoint(_ db: Database, id: UUID) throws -> Touchpoint? {
        let row = try Row.fetchOne(
            db, sql: "SELECT \(touchpointColumns) FROM touchpoints WHERE id = ?", arguments: [text(id)])
        return try row.map(touchpoint)
    }

    /// The meeting in `row` (selected with `meetingColumns`) with its agenda and actions.
    static func meeting(_ db: Database, _ row: Row) throws -> Meeting {
        let idText: String = row[0]
        let id = try uuid(idText, entity: "meeting")
        let agenda = try Row.fetchAll(db, sql: """
            SELECT id, source, title, reference, notes FROM meeting_agenda_items
            WHERE meeting_id = ? ORDER BY position
            """, arguments: [idText]).map { part in
            AgendaItem(
                id: try uuid(part[0], entity: "meeting"), source: part[1], title: part[2], reference: part[3],
                notes: part[4])
        }
        let actions = try Row.fetchAll(db, sql: """
            SELECT id, title, owner_id, due_ms, status FROM meeting_action_items
            WHERE meeting_id = ? ORDER BY position
            """, arguments: [idText]).map { part in
            let actionID = try uuid(part[0], entity: "meeting")
            let status = try StoreCoding.enumValue(ActionStatus.self, part[4], entity: "meeting", id: idText)
            return try StoreCoding.rebuild("meeting", idText) { () throws(ValidationError) in
                try ActionItem(id: actionID, title: part[1], ownerID: part[2], due: StoreCoding.date(part[3]), status: status)
            }
        }
        let attendees = try StoreCoding.stringList(row[2], entity: "meeting", id: idText)
        return Meeting(
            id: id, date: StoreCoding.date(row[1]), attendees: attendees, agenda: agenda, actions: actions,
            notes: row[3])
    }

    /// The meeting with `id`, if stored.
    static func fetchMeeting(_ db: Database, id: UUID) throws -> Meeting? {
        guard let row = try Row.fetchOne(
            db, sql: "SELECT \(meetingColumns) FROM meetings WHERE id = ?", arguments: [text(id)])
        else { return nil }
        return try meeting(db, row)
    }
}
