import Foundation
import GRDB
import LiaisonCore

extension LiaisonStore {
    /// The meeting of `week`: the one recorded for that week, else one recorded without a
    /// week but dated inside it (earliest first, should there be several).
    public func meeting(week: MeetingWeek) throws -> Meeting? {
        try read { db in try Self.fetchMeeting(db, week: week) }
    }

    /// True when `week` has a meeting (one indexed lookup, nothing decoded).
    public func hasMeeting(week: MeetingWeek) throws -> Bool {
        try read { db in
            try Bool.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM meetings
                               WHERE week = ? OR (week IS NULL AND date_ms >= ? AND date_ms < ?))
                """, arguments: [
                    week.description, StoreCoding.milliseconds(week.start), StoreCoding.milliseconds(week.end),
                ]) ?? false
        }
    }

    static func fetchMeeting(_ db: Database, week: MeetingWeek) throws -> Meeting? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT \(RowDecoder.meetingColumns) FROM meetings
            WHERE week = ? OR (week IS NULL AND date_ms >= ? AND date_ms < ?)
            ORDER BY week IS NULL, date_ms, id LIMIT 1
            """, arguments: [
                week.description, StoreCoding.milliseconds(week.start), StoreCoding.milliseconds(week.end),
            ])
        else { return nil }
        return try RowDecoder.meeting(db, row)
    }

    /// The latest meeting mode meeting (one with a week) dated before `date`: the one whose
    /// clash severities tell "new" and "worsened" apart.
    public func previousWeeklyMeeting(before date: Date) throws -> Meeting? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT \(RowDecoder.meetingColumns) FROM meetings
                WHERE week IS NOT NULL AND date_ms < ? ORDER BY date_ms DESC, id DESC LIMIT 1
                """, arguments: [StoreCoding.milliseconds(date)])
            else { return nil }
            return try RowDecoder.meeting(db, row)
        }
    }

    /// Open actions owned by `ownerID`, from every meeting, earliest due date first: what the
    /// owner's dashboard panel lists. One SQL query served by the index
    /// `meeting_action_items_by_owner (owner_id, status, due_ms)`; no meeting is decoded.
    public func openActions(ownerID: PersonID) throws -> [MeetingAction] {
        try read { db in
            try Self.actions(db, where: Self.openActionsOfOwner, arguments: [ownerID])
        }
    }

    /// The condition of `openActions(ownerID:)`, one `?` for the owner.
    static let openActionsOfOwner = "a.status = 'open' AND a.owner_id = ?"

    /// Open actions agreed at meetings dated before `date`, earliest due date first: what
    /// carries over into the next agenda.
    public func openActions(before date: Date) throws -> [MeetingAction] {
        try read { db in
            try Self.actions(db, where: "a.status = 'open' AND m.date_ms < ?", arguments: [StoreCoding.milliseconds(date)])
        }
    }

    /// Every action (any status) agreed at a meeting dated in [start, end), by due date.
    public func actions(agreedFrom start: Date, to end: Date) throws -> [MeetingAction] {
        try read { db in
            try Self.actions(
                db, where: "m.date_ms >= ? AND m.date_ms < ?",
                arguments: [StoreCoding.milliseconds(start), StoreCoding.milliseconds(end)])
        }
    }

    /// The action whose id starts with `prefix` (at least 4 characters), in any meeting.
    /// - Throws: `ValidationError` when none or several match.
    public func action(matching prefix: String) throws -> MeetingAction {
        let all = try read { db in
            try Self.actions(db, where: "a.id LIKE ?", arguments: [prefix.uppercased() + "%"])
        }
        return try Meeting.unique(all, matching: prefix, entity: "action", id: \.action.id)
    }

    /// Sets the status of the action `actionID`, in whichever meeting holds it, as `person`.
    /// - Throws: `StoreError.notFound` when no meeting holds the action.
    @discardableResult
    public func setActionStatus(_ actionID: UUID, to status: ActionStatus, by person: PersonID) throws -> Meeting {
        try write(actor: person) { transaction in
            guard let meetingID = try String.fetchOne(transaction.db, sql: """
                SELECT meeting_id FROM meeting_action_items WHERE id = ?
                """, arguments: [RowDecoder.text(actionID)]),
                  var meeting = try RowDecoder.fetchMeeting(transaction.db, id: try RowDecoder.uuid(meetingID, entity: "meeting"))
            else {
                throw StoreError.notFound(entity: "action", id: actionID.uuidString)
            }
            try meeting.apply(.setActionStatus(action: actionID, status: status))
            try transaction.upsert(meeting)
            return meeting
        }
    }

    /// Every decision, newest first (paged through `decisions(after:limit:)`).
    public func allDecisions() throws -> [Decision] {
        var decisions: [Decision] = []
        var cursor: PageCursor?
        repeat {
            let page = try self.decisions(after: cursor, limit: 500)
            decisions += page.items
            cursor = page.next
        } while cursor != nil
        return decisions
    }

    /// Counted insights per region, theme and ISO week, for the `weeks` weeks ending with
    /// `lastWeek` (oldest first). Regions and themes without any insight in the window are
    /// left out.
    public func weeklyThemeCounts(weeks: Int = 12, endingWith lastWeek: MeetingWeek) throws -> [RegionID: [ThemeCode: [Int]]] {
        let weeks = max(weeks, 1)
        let firstDay = StoreCoding.day(lastWeek.start) - Int64(7 * (weeks - 1))
        let endDay = StoreCoding.day(lastWeek.end)
        return try read { db in
            var result: [RegionID: [ThemeCode: [Int]]] = [:]
            let rows = try Row.fetchAll(db, sql: """
                SELECT region_id, theme, (day - ?) / 7, SUM(n) FROM insight_daily_counts
                WHERE day >= ? AND day < ? GROUP BY 1, 2, 3
                """, arguments: [firstDay, firstDay, endDay])
            for row in rows {
                let region: String = row[0]
                let theme: String = row[1]
                let index: Int = row[2]
                let count: Int = row[3]
                guard count > 0 else { continue }
                result[region, default: [:]][theme, default: Array(repeating: 0, count: weeks)][index] = count
            }
            return result
        }
    }

    /// Actions joined with their meetings, filtered by `condition` over `a` (actions) and
    /// `m` (meetings), earliest due date first.
    static func actions(_ db: Database, where condition: String, arguments: StatementArguments) throws -> [MeetingAction] {
        try Row.fetchAll(db, sql: actionsSQL(where: condition), arguments: arguments).map { row in
            let meetingText: String = row[6]
            let status = try StoreCoding.enumValue(ActionStatus.self, row[4], entity: "meeting", id: meetingText)
            let actionID = try RowDecoder.uuid(row[0], entity: "meeting")
            let itemID = try (row[5] as String?).map { try RowDecoder.uuid($0, entity: "meeting") }
            let action = try StoreCoding.rebuild("meeting", meetingText) { () throws(ValidationError) in
                try ActionItem(
                    id: actionID, title: row[1], ownerID: row[2], due: StoreCoding.date(row[3]), status: status,
                    agendaItemID: itemID)
            }
            return MeetingAction(
                action: action, meetingID: try RowDecoder.uuid(meetingText, entity: "meeting"),
                meetingDate: StoreCoding.date(row[7]), meetingWeek: row[8])
        }
    }

    /// The query behind `actions(_:where:arguments:)`.
    static func actionsSQL(where condition: String) -> String {
        """
        SELECT a.id, a.title, a.owner_id, a.due_ms, a.status, a.agenda_item_id, m.id, m.date_ms, m.week
        FROM meeting_action_items a JOIN meetings m ON m.id = a.meeting_id
        WHERE \(condition) ORDER BY a.due_ms, a.id
        """
    }
}
