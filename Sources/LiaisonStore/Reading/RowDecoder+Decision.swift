import Foundation
import GRDB
import LiaisonCore

extension RowDecoder {
    /// Select list for `decision(_:)`; the table must be aliased `d`.
    static let decisionColumns = """
        d.id, d.title, d.topic, d.scope, d.field_case, d.office_case, d.resolution, d.decided_by, \
        d.outcome, d.rationale, d.review_ms, d.status, d.clash_ids, d.insight_ids, d.created_by, \
        d.created_ms, d.decided_ms, \
        (SELECT json_group_array(json_array(person_id, stance, note, recorded_ms)) FROM \
        (SELECT * FROM decision_stances s WHERE s.decision_id = d.id ORDER BY position))
        """

    /// A stance row as aggregated into the last column of `decisionColumns`.
    private struct StanceTuple: Decodable {
        var stance: Stance

        init(from decoder: any Decoder) throws {
            var container = try decoder.unkeyedContainer()
            let person = try container.decode(String.self)
            let raw = try container.decode(String.self)
            let note = try container.decode(String.self)
            let recorded = try container.decode(Int64.self)
            guard let position = StancePosition(rawValue: raw) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "bad stance")
            }
            stance = Stance(personID: person, position: position, note: note, recordedAt: StoreCoding.date(recorded))
        }
    }

    static func decision(_ row: Row) throws -> Decision {
        let idText: String = row[0]
        let id = try uuid(idText, entity: "decision")
        let topic = try StoreCoding.enumValue(DecisionTopic.self, row[2], entity: "decision", id: idText)
        let fieldCase = try StoreCoding.decode(Case.self, json: row[4], entity: "decision", id: idText)
        let officeCase = try StoreCoding.decode(Case.self, json: row[5], entity: "decision", id: idText)
        let resolutionText: String? = row[6]
        let resolution = try resolutionText.map {
            try StoreCoding.enumValue(ResolutionMode.self, $0, entity: "decision", id: idText)
        }
        let status = try StoreCoding.enumValue(DecisionStatus.self, row[11], entity: "decision", id: idText)
        let clashIDs = try StoreCoding.stringList(row[12], entity: "decision", id: idText)
        let insightIDs = try StoreCoding.stringList(row[13], entity: "decision", id: idText).map {
            try uuid($0, entity: "decision")
        }
        let stances = try StoreCoding.decode([StanceTuple].self, json: row[17], entity: "decision", id: idText).map(\.stance)
        let reviewMS: Int64? = row[10]
        let decidedMS: Int64? = row[16]
        return try StoreCoding.rebuild("decision", idText) { () throws(ValidationError) in
            try Decision(
                id: id, title: row[1], topic: topic, scope: PlanScope(row[3] as String), fieldCase: fieldCase,
                officeCase: officeCase, stances: stances, resolution: resolution, decidedBy: row[7],
                outcome: row[8], rationale: row[9], reviewDate: reviewMS.map(StoreCoding.date), status: status,
                clashIDs: clashIDs, insightIDs: insightIDs, createdBy: row[14],
                createdAt: StoreCoding.date(row[15]), decidedAt: decidedMS.map(StoreCoding.date))
        }
    }

    /// The decision with `id`, if stored.
    static func fetchDecision(_ db: Database, id: UUID) throws -> Decision? {
        let row = try Row.fetchOne(
            db, sql: "SELECT \(decisionColumns) FROM decisions d WHERE d.id = ?", arguments: [text(id)])
        return try row.map(decision)
    }
}
