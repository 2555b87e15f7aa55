import Foundation
import GRDB
import LiaisonCore

/// `TouchpointActivity` rows computed in SQL exactly as that type's contract asks: the
/// densest window per HCP by a self-join over the lookback touchpoints (index
/// `touchpoints_by_hcp`), then the window's counts per function, the contradicting contacts
/// and the newest ids of both.
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

    private static let contradicting = """
        l.channel = 'faceToFace' AND (h.channel_preference IN ('remote', 'digital') OR h.f2f_access = 'none')
        """

    private static func rows(
        _ db: Database, hcpID: HCPID?, now: Date, settings: TouchpointNoiseRule.Settings
    ) throws -> [TouchpointActivity] {
        func floorMS(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded(.down)) }
        let nowMS = floorMS(now)
        let lookbackStart = floorMS(now.addingTimeInterval(-Double(settings.lookbackDays) * 86_400))
        let windowMS = Int64(settings.windowDays) * 86_400_000
        let filter = hcpID == nil ? "" : " AND hcp_id = :hcp"
        let values: [String: (any DatabaseValueConvertible)?] = [
            "start": lookbackStart, "now": nowMS, "window": windowMS, "hcp": hcpID, "samples": settings.sampleSize,
        ]
        func fetch(_ sql: String) throws -> [Row] {
            let used = values.filter { sql.contains(":\($0.key)") }
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(used))
        }
        let lookback = """
            l AS (SELECT id, hcp_id, date_ms, function, channel FROM touchpoints
                  WHERE date_ms > :start AND date_ms <= :now\(filter)),
            w AS (SELECT a.hcp_id, a.id, a.date_ms AS start, MAX(b.date_ms) AS stop,
                         COUNT(*) AS n, COUNT(DISTINCT b.function) AS f
                  FROM l a JOIN l b ON b.hcp_id = a.hcp_id AND b.date_ms >= a.date_ms AND b.date_ms < a.date_ms + :window
                  GROUP BY a.id),
            best AS (SELECT hcp_id, start, stop FROM
                       (SELECT *, ROW_NUMBER() OVER (PARTITION BY hcp_id ORDER BY n DESC, f DESC, start, id) AS r FROM w)
                     WHERE r = 1),
            members AS (SELECT l.* FROM l JOIN best ON l.hcp_id = best.hcp_id
                        AND l.date_ms >= best.start AND l.date_ms < best.start + :window)
            """
        var activities: [HCPID: TouchpointActivity] = [:]
        let heads = try fetch("""
            WITH \(lookback)
            SELECT best.hcp_id, best.start, best.stop, h.name, h.region_id, h.channel_preference, h.f2f_access,
                (SELECT COUNT(*) FROM l WHERE l.hcp_id = best.hcp_id AND \(contradicting))
            FROM best JOIN hcps h ON h.id = best.hcp_id
            """)
        for row in heads {
            let id: String = row[0]
            activities[id] = TouchpointActivity(
                hcpID: id, hcpName: row[3], regionID: row[4],
                channelPreference: try StoreCoding.enumValue(ChannelPreference.self, row[5], entity: "hcp", id: id),
                faceToFaceAccess: try StoreCoding.enumValue(FaceToFaceAccess.self, row[6], entity: "hcp", id: id),
                windowStart: StoreCoding.date(row[1]), windowEnd: StoreCoding.date(row[2]), windowCounts: [:],
                contradictingCount: row[7])
        }
        for row in try fetch("""
            WITH \(lookback)
            SELECT hcp_id, function, COUNT(*) FROM members GROUP BY hcp_id, function
            """) {
            let id: String = row[0]
            let function = try StoreCoding.enumValue(TouchpointFunction.self, row[1], entity: "touchpoint", id: id)
            activities[id]?.windowCounts[function] = row[2]
        }
        for row in try fetch("""
            WITH \(lookback)
            SELECT hcp_id, id FROM
                (SELECT hcp_id, id, ROW_NUMBER() OVER (PARTITION BY hcp_id ORDER BY date_ms DESC, id ASC) AS r FROM members)
            WHERE r <= :samples ORDER BY hcp_id, r
            """) {
            let id: String = row[0]
            activities[id]?.sampleTouchpointIDs.append(try RowDecoder.uuid(row[1], entity: "touchpoint"))
        }
        for row in try fetch("""
            WITH \(lookback)
            SELECT hcp_id, id FROM
                (SELECT l.hcp_id, l.id, ROW_NUMBER() OVER (PARTITION BY l.hcp_id ORDER BY l.date_ms DESC, l.id ASC) AS r
                 FROM l JOIN hcps h ON h.id = l.hcp_id WHERE \(contradicting))
            WHERE r <= :samples ORDER BY hcp_id, r
            """) {
            let id: String = row[0]
            activities[id]?.contradictingSampleIDs.append(try RowDecoder.uuid(row[1], entity: "touchpoint"))
        }
        return activities.values.sorted { $0.hcpID < $1.hcpID }
    }
}
