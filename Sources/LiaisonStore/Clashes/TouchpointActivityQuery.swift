import Foundation
import GRDB
import LiaisonCore

/// `TouchpointActivity` rows as that type's contract asks: one indexed read of the lookback
/// touchpoints (by `touchpoints_by_date` for every HCP, `touchpoints_by_hcp` for one), in
/// HCP, date and id order with the HCP's profile joined in, handed HCP by HCP to the one
/// sliding-window computation in `TouchpointActivity.activity(of:contacts:settings:)`.
enum TouchpointActivityQuery {
    /// Every HCP with lookback touchpoints, sorted by HCP id.
    static func all(_ db: Database, now: Date, settings: TouchpointNoiseRule.Settings) throws -> [TouchpointActivity] {
        try rows(db, hcpID: nil, now: now, settings: settings)
    }

    /// The row of one HCP; nil when it has no lookback touchpoints.
    static func one(
        _ db: Database, hcpID: HCPID, now: Date, settings: TouchpointNoiseRule.Settings
    ) throws -> TouchpointActivity? {
        try rows(db, hcpID: hcpID, now: now, settings: settings).first
    }

    /// The lookback touchpoints of every HCP, or of `:hcp` when `oneHCP`, in the order the
    /// window pass reads them; an HCP missing from `hcps` has no activity.
    private static func sql(oneHCP: Bool) -> String {
        """
        SELECT t.hcp_id, t.id, t.date_ms, t.function, t.channel,
               h.name, h.region_id, h.channel_preference, h.f2f_access
        FROM touchpoints t JOIN hcps h ON h.id = t.hcp_id
        WHERE t.date_ms > :start AND t.date_ms <= :now\(oneHCP ? " AND t.hcp_id = :hcp" : "")
        ORDER BY t.hcp_id, t.date_ms, t.id
        """
    }

    private static func rows(
        _ db: Database, hcpID: HCPID?, now: Date, settings: TouchpointNoiseRule.Settings
    ) throws -> [TouchpointActivity] {
        func floorMS(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded(.down)) }
        var values: [String: (any DatabaseValueConvertible)?] = [
            "start": floorMS(now.addingTimeInterval(-Double(settings.lookbackDays) * 86_400)),
            "now": floorMS(now),
        ]
        if let hcpID { values["hcp"] = hcpID }
        let statement = try db.cachedStatement(sql: sql(oneHCP: hcpID != nil))
        var activities: [TouchpointActivity] = []
        var profile: TouchpointActivity.HCPProfile?
        var contacts: [TouchpointActivity.Contact] = []
        func finishHCP() {
            if let profile, let row = TouchpointActivity.activity(of: profile, contacts: contacts, settings: settings) {
                activities.append(row)
            }
            contacts.removeAll(keepingCapacity: true)
        }
        let rows = try Row.fetchCursor(statement, arguments: StatementArguments(values))
        while let row = try rows.next() {
            let hcp: String = row[0]
            if hcp != profile?.id {
                finishHCP()
                profile = try hcpProfile(row, id: hcp)
            }
            contacts.append(try contact(row))
        }
        finishHCP()
        // SQLite orders ids by bytes; the snapshot's contract is Swift's `<`.
        activities.sort { $0.hcpID < $1.hcpID }
        return activities
    }

    /// Columns 0 and 5…8 of a row: the HCP the touchpoint belongs to.
    private static func hcpProfile(_ row: Row, id: HCPID) throws -> TouchpointActivity.HCPProfile {
        TouchpointActivity.HCPProfile(
            id: id, name: row[5], regionID: row[6],
            channelPreference: try StoreCoding.enumValue(ChannelPreference.self, row[7], entity: "hcp", id: id),
            faceToFaceAccess: try StoreCoding.enumValue(FaceToFaceAccess.self, row[8], entity: "hcp", id: id))
    }

    /// Columns 1…4 of a row: the touchpoint itself; fails on a function or channel this
    /// build does not know.
    private static func contact(_ row: Row) throws -> TouchpointActivity.Contact {
        let id: String = row[1]
        return TouchpointActivity.Contact(
            id: try UUIDText.uuid(id, entity: "touchpoint"), date: StoreCoding.date(row[2]),
            function: try StoreCoding.enumValue(TouchpointFunction.self, row[3], entity: "touchpoint", id: id),
            channel: try StoreCoding.enumValue(InteractionChannel.self, row[4], entity: "touchpoint", id: id))
    }
}
