import Foundation
import GRDB
import LiaisonCore

/// `HCPChannelProfile` rows from one `GROUP BY` over the HCP table, as that type's contract asks.
enum ChannelProfileQuery {
    /// `HCPSegment`'s rules as an SQL expression.
    static let segmentExpression = """
        CASE
          WHEN channel_preference = 'digital' OR f2f_access = 'none' THEN 'digitalOnly'
          WHEN f2f_access = 'restricted' THEN 'restrictedAccess'
          WHEN channel_preference = 'remote' THEN 'remotePreferring'
          WHEN tier IN ('national', 'regional') THEN 'faceToFaceOpenKOL'
          ELSE 'faceToFaceOpen'
        END
        """

    /// Every profile, optionally only of one region and of some specialties, sorted by region,
    /// specialty and segment.
    static func all(_ db: Database, regionID: RegionID? = nil, specialties: [String]? = nil) throws -> [HCPChannelProfile] {
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let regionID {
            conditions.append("region_id = ?")
            arguments.append(regionID)
        }
        if let specialties {
            conditions.append("specialty IN (\(specialties.map { _ in "?" }.joined(separator: ", ")))")
            arguments += specialties.map { $0 }
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let rows = try Row.fetchAll(db, sql: """
            SELECT region_id, specialty, \(segmentExpression) AS segment,
                SUM(channel_preference = 'faceToFace'), SUM(channel_preference = 'mixed'),
                SUM(channel_preference = 'remote'), SUM(channel_preference = 'digital'),
                SUM(f2f_access = 'open'), SUM(f2f_access = 'restricted'), SUM(f2f_access = 'none')
            FROM hcps \(filter) GROUP BY region_id, specialty, segment
            """, arguments: StatementArguments(arguments))
        let profiles = try rows.map { row in
            let region: String = row[0]
            let specialty: String = row[1]
            let key = "\(region)/\(specialty)"
            let segment = try StoreCoding.enumValue(HCPSegment.self, row[2], entity: "channelProfile", id: key)
            return try StoreCoding.rebuild("channelProfile", key) { () throws(ValidationError) in
                try HCPChannelProfile(
                    regionID: region, specialty: specialty, segment: segment,
                    preferringFaceToFace: row[3], preferringMixed: row[4], preferringRemote: row[5],
                    preferringDigital: row[6], accessOpen: row[7], accessRestricted: row[8], accessNone: row[9])
            }
        }
        return profiles.sorted { ($0.regionID, $0.specialty, $0.segment) < ($1.regionID, $1.specialty, $1.segment) }
    }
}
