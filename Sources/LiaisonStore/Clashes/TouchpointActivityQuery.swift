import Foundation
import GRDB
import LiaisonCore

/// `TouchpointActivity` rows computed in SQL exactly as that type's contract asks, in one
/// statement: a window pass over the lookback touchpoints sorted by HCP and date counts, for
/// each touchpoint `a`, the touchpoints in `[a.date, a.date + N days)` per function (a `RANGE`
/// frame, so no self-join); the densest window per HCP is ranked from those counts; the
/// sample ids of the window and the contradicting contacts come from the index
/// `touchpoints_by_hcp`, a few rows per HCP.
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

    private static let functions = TouchpointFunction.allCases

    /// True for an HCP (alias `h`) against whose preference or access a face-to-face contact goes.
    private static let opposesFaceToFace = "(h.channel_preference IN ('remote', 'digital') OR h.f2f_access = 'none')"

    /// The statement; `:hcp` restricts it to one HCP when `oneHCP`.
    private static func sql(oneHCP: Bool) -> String {
        let filter = oneHCP ? " AND hcp_id = :hcp" : ""
        let perFunction = functions.enumerated().map { index, function in
            "SUM(function = '\(function.rawValue)') OVER win AS c\(index)"
        }.joined(separator: ", ")
        let distinctFunctions = functions.indices.map { "(c\($0) > 0)" }.joined(separator: " + ")
        let counts = functions.indices.map { "best.c\($0)" }.joined(separator: ", ")
        return """
            WITH l AS (SELECT id, hcp_id, date_ms, function, channel FROM touchpoints
                       WHERE date_ms > :start AND date_ms <= :now\(filter)),
            w AS (SELECT hcp_id, id, date_ms AS start, COUNT(*) OVER win AS n, LAST_VALUE(date_ms) OVER win AS stop,
                         \(perFunction)
                  FROM l
                  WINDOW win AS (PARTITION BY hcp_id ORDER BY date_ms RANGE BETWEEN CURRENT ROW AND :span FOLLOWING)),
            best AS (SELECT * FROM
                       (SELECT *, ROW_NUMBER() OVER (
                                    PARTITION BY hcp_id ORDER BY n DESC, \(distinctFunctions) DESC, start, id) AS r
                        FROM w)
                     WHERE r = 1)
            SELECT best.hcp_id, best.start, best.stop, best.n, h.name, h.region_id, h.channel_preference, h.f2f_access,
                (SELECT json_group_array(id) FROM
                    (SELECT id FROM touchpoints t
                     WHERE t.hcp_id = best.hcp_id AND t.date_ms >= best.start AND t.date_ms <= best.stop
                     ORDER BY t.date_ms DESC, t.id LIMIT :samples)),
                CASE WHEN \(opposesFaceToFace) THEN
                    (SELECT json_group_array(id) FROM
                        (SELECT id FROM touchpoints t
                         WHERE t.hcp_id = best.hcp_id AND t.date_ms > :start AND t.date_ms <= :now
                             AND t.channel = 'faceToFace'
                         ORDER BY t.date_ms DESC, t.id))
                END,
                \(counts)
            FROM best JOIN hcps h ON h.id = best.hcp_id
            ORDER BY best.hcp_id
            """
    }

    private static func rows(
        _ db: Database, hcpID: HCPID?, now: Date, settings: TouchpointNoiseRule.Settings
    ) throws -> [TouchpointActivity] {
        func floorMS(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded(.down)) }
        var values: [String: (any DatabaseValueConvertible)?] = [
            "start": floorMS(now.addingTimeInterval(-Double(settings.lookbackDays) * 86_400)),
            "now": floorMS(now),
            "span": Int64(settings.windowDays) * 86_400_000 - 1,
            "samples": settings.sampleSize,
        ]
        if let hcpID { values["hcp"] = hcpID }
        let statement = try db.cachedStatement(sql: sql(oneHCP: hcpID != nil))
        var activities: [TouchpointActivity] = []
        let rows = try Row.fetchCursor(statement, arguments: StatementArguments(values))
        while let row = try rows.next() {
            activities.append(try activity(row, settings: settings))
        }
        // SQLite orders ids by bytes; the snapshot's contract is Swift's `<`.
        activities.sort { $0.hcpID < $1.hcpID }
        return activities
    }

    /// One result row as an activity; fails when the densest window holds a function this
    /// build does not know.
    private static func activity(_ row: Row, settings: TouchpointNoiseRule.Settings) throws -> TouchpointActivity {
        let id: String = row[0]
        var counts: [TouchpointFunction: Int] = [:]
        for (index, function) in functions.enumerated() {
            let count: Int = row[10 + index]
            if count > 0 { counts[function] = count }
        }
        let total: Int = row[3]
        guard counts.values.reduce(0, +) == total else {
            throw StoreError.corruptRow(entity: "touchpoint", id: id, reason: "unknown function in a touchpoint of this HCP")
        }
        let samples: String? = row[8]
        let contradicting = try StoreCoding.stringList(row[9] as String? ?? "[]", entity: "touchpoint", id: id)
        let sampleSize = settings.sampleSize
        return TouchpointActivity(
            hcpID: id, hcpName: row[4], regionID: row[5],
            channelPreference: try StoreCoding.enumValue(ChannelPreference.self, row[6], entity: "hcp", id: id),
            faceToFaceAccess: try StoreCoding.enumValue(FaceToFaceAccess.self, row[7], entity: "hcp", id: id),
            windowStart: StoreCoding.date(row[1]), windowEnd: StoreCoding.date(row[2]), windowCounts: counts,
            contradictingCount: contradicting.count,
            sampleTouchpointIDs: try uuids(StoreCoding.stringList(samples ?? "[]", entity: "touchpoint", id: id)),
            contradictingSampleIDs: try uuids(contradicting.prefix(sampleSize)))
    }

    private static func uuids(_ texts: some Sequence<String>) throws -> [UUID] {
        try texts.map { try UUIDText.uuid($0, entity: "touchpoint") }
    }
}
