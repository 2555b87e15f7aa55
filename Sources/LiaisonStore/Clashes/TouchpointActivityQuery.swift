import Foundation
import GRDB
import LiaisonCore

/// `TouchpointActivity` rows as that type's contract asks: one indexed read of the lookback
/// touchpoints (by `touchpoints_by_date` for every HCP, `touchpoints_by_hcp` for one) in
/// date and id order, grouped by HCP in Swift (cheaper than an SQL sort by HCP), one read of
/// the HCP profiles, then HCP by HCP the one sliding-window computation,
/// `TouchpointActivity.activity(of:contacts:settings:)`, whose sort finds each group already
/// in order. The profiles are not joined to the touchpoints: a lookup per touchpoint cost
/// about twice the range read, while the HCP table is small and read in one pass.
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
    /// window pass reads them.
    private static func touchpointSQL(oneHCP: Bool) -> String {
        """
        SELECT hcp_id, id, date_ms, function, channel FROM touchpoints
        WHERE date_ms > :start AND date_ms <= :now\(oneHCP ? " AND hcp_id = :hcp" : "")
        ORDER BY date_ms, id
        """
    }

    /// The profile columns of every HCP, or of `:hcp` when `oneHCP`.
    private static func hcpSQL(oneHCP: Bool) -> String {
        "SELECT id, name, region_id, channel_preference, f2f_access FROM hcps" + (oneHCP ? " WHERE id = :hcp" : "")
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
        let groups = try contactsByHCP(db, arguments: StatementArguments(values), oneHCP: hcpID != nil)
        guard !groups.isEmpty else { return [] }
        let profiles = try hcpProfiles(db, hcpID: hcpID, wanted: groups)
        var activities: [TouchpointActivity] = []
        activities.reserveCapacity(groups.count)
        var sharedCounts = SharedValues<[TouchpointFunction: Int]>()
        for (hcpID, contacts) in groups {
            // A touchpoint of an HCP missing from the HCP table gives no row.
            guard let profile = profiles[hcpID],
                  var row = TouchpointActivity.activity(of: profile, contacts: contacts, settings: settings)
            else { continue }
            // Most HCPs have one of a few small count patterns; the rows live as long as the
            // clash service, so equal patterns share one dictionary.
            row.windowCounts = sharedCounts.shared(row.windowCounts)
            activities.append(row)
        }
        activities.sort { $0.hcpID < $1.hcpID }
        return activities
    }

    /// The lookback contacts by HCP, each HCP's in date and id order.
    private static func contactsByHCP(
        _ db: Database, arguments: StatementArguments, oneHCP: Bool
    ) throws -> [HCPID: [TouchpointActivity.Contact]] {
        var groups: [HCPID: [TouchpointActivity.Contact]] = [:]
        let rows = try Row.fetchCursor(db.cachedStatement(sql: touchpointSQL(oneHCP: oneHCP)), arguments: arguments)
        while let row = try rows.next() {
            groups[row[0] as String, default: []].append(try contact(row))
        }
        return groups
    }

    /// The profiles of the HCPs that are keys of `wanted` (read from `hcpID`'s row only, when
    /// given), by id.
    private static func hcpProfiles(
        _ db: Database, hcpID: HCPID?, wanted: [HCPID: [TouchpointActivity.Contact]]
    ) throws -> [HCPID: TouchpointActivity.HCPProfile] {
        var profiles: [HCPID: TouchpointActivity.HCPProfile] = [:]
        profiles.reserveCapacity(wanted.count)
        let arguments: StatementArguments = hcpID.map { ["hcp": $0] } ?? [:]
        let rows = try Row.fetchCursor(db.cachedStatement(sql: hcpSQL(oneHCP: hcpID != nil)), arguments: arguments)
        while let row = try rows.next() {
            let id: String = row[0]
            guard wanted[id] != nil else { continue }
            profiles[id] = TouchpointActivity.HCPProfile(
                id: id, name: row[1], regionID: row[2],
                channelPreference: try StoreCoding.enumValue(ChannelPreference.self, row[3], entity: "hcp", id: id),
                faceToFaceAccess: try StoreCoding.enumValue(FaceToFaceAccess.self, row[4], entity: "hcp", id: id))
        }
        return profiles
    }

    /// A touchpoint row (`hcp_id, id, date_ms, function, channel`) as a contact; fails on a
    /// function or channel this build does not know.
    private static func contact(_ row: Row) throws -> TouchpointActivity.Contact {
        let id: String = row[1]
        return TouchpointActivity.Contact(
            id: try RowDecoder.uuid(id, entity: "touchpoint"), date: StoreCoding.date(row[2]),
            function: try StoreCoding.enumValue(TouchpointFunction.self, row[3], entity: "touchpoint", id: id),
            channel: try StoreCoding.enumValue(InteractionChannel.self, row[4], entity: "touchpoint", id: id))
    }
}
