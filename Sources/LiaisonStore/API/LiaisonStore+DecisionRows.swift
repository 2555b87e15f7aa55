import Foundation
import GRDB
import LiaisonCore

extension LiaisonStore {
    /// Every decision as a list row, newest first (ties by id), the order of `decisions()`.
    /// Reads only the row's columns and counts the stance holders in SQL: no case, stance or
    /// evidence JSON is decoded.
    public func decisionRows() throws -> [DecisionRow] {
        let keyset = KeysetQuery(
            listing: "decision rows", columns: Self.decisionRowColumns, from: "decisions d",
            keyColumns: ["d.created_ms", "d.id"], descending: true)
        return try read { db in
            var rows: [DecisionRow] = []
            try keyset.forEach(db) { rows.append(try Self.decisionRow($0)) }
            return rows
        }
    }

    private static let decisionRowColumns = """
        d.id, d.title, d.topic, d.scope, d.status, d.resolution, d.review_ms, d.created_ms, \
        (SELECT COUNT(DISTINCT s.person_id) FROM decision_stances s WHERE s.decision_id = d.id)
        """

    private static func decisionRow(_ row: Row) throws -> DecisionRow {
        let idText: String = row[0]
        let id = try RowDecoder.uuid(idText, entity: "decision")
        let topic = try StoreCoding.enumValue(DecisionTopic.self, row[2], entity: "decision", id: idText)
        let status = try StoreCoding.enumValue(DecisionStatus.self, row[4], entity: "decision", id: idText)
        let resolutionText: String? = row[5]
        let resolution = try resolutionText.map {
            try StoreCoding.enumValue(ResolutionMode.self, $0, entity: "decision", id: idText)
        }
        let reviewMS: Int64? = row[6]
        return DecisionRow(
            id: id, title: row[1], topic: topic, scope: PlanScope(row[3] as String), status: status,
            resolution: resolution, reviewDate: reviewMS.map(StoreCoding.date), createdAt: StoreCoding.date(row[7]),
            stanceHolders: row[8])
    }
}
