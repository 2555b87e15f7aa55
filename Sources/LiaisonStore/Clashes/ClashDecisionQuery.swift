import Foundation
import GRDB
import LiaisonCore

/// Every decision for the clash snapshot, read in bulk: the same values as
/// `RowDecoder.decision`, but the two cases are taken apart by SQLite's JSON functions (a
/// `JSONDecoder` runs only for a non-empty evidence list) and the stances come from one
/// query over `decision_stances` instead of a JSON aggregate per decision.
///
/// The decisions stay in the clash service's snapshot for the whole session, so they are
/// stored compactly: the list and each stance list are sized exactly, and repeated text
/// (stance notes, person ids, case arguments, outcomes, rationales, scopes) shares one buffer
/// per distinct value. Titles are not pooled: they are nearly all distinct.
enum ClashDecisionQuery {
    /// All decisions, sorted by creation time, then id.
    static func all(_ db: Database) throws -> [Decision] {
        var strings = SharedValues<String>()
        let stances = try stancesByDecision(db, strings: &strings)
        var decisions: [Decision] = []
        decisions.reserveCapacity(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM decisions") ?? 0)
        let rows = try Row.fetchCursor(db, sql: """
            SELECT id, title, topic, scope, \(caseColumns("field_case")), \(caseColumns("office_case")),
                resolution, decided_by, outcome, rationale, review_ms, status, clash_ids, insight_ids,
                created_by, created_ms, decided_ms
            FROM decisions ORDER BY created_ms, id
            """)
        while let row = try rows.next() {
            decisions.append(try decision(row, stances: stances, strings: &strings))
        }
        return decisions
    }

    /// The argument and the evidence list (JSON text) of a `Case` column; both NULL when the
    /// column is not an object with a text `argument` and an array `evidence`.
    private static func caseColumns(_ column: String) -> String {
        let valid = """
            json_valid(\(column)) AND json_type(\(column), '$.argument') = 'text' \
            AND json_type(\(column), '$.evidence') = 'array'
            """
        return """
            CASE WHEN \(valid) THEN json_extract(\(column), '$.argument') END,
            CASE WHEN \(valid) THEN json_extract(\(column), '$.evidence') END
            """
    }

    /// The stances of every decision by decision id, each list in position order and sized exactly.
    private static func stancesByDecision(_ db: Database, strings: inout SharedValues<String>) throws -> [String: [Stance]] {
        var result: [String: [Stance]] = [:]
        var currentID: String?
        var group: [Stance] = []
        func closeGroup() {
            if let currentID { result[currentID] = ExactArray.copy(group) }
            group.removeAll(keepingCapacity: true)
        }
        let rows = try Row.fetchCursor(db, sql: """
            SELECT decision_id, person_id, stance, note, recorded_ms FROM decision_stances
            ORDER BY decision_id, position
            """)
        while let row = try rows.next() {
            let decisionID: String = row[0]
            if decisionID != currentID {
                closeGroup()
                currentID = decisionID
            }
            let position = try StoreCoding.enumValue(StancePosition.self, row[2], entity: "decision", id: decisionID)
            group.append(Stance(
                personID: strings.shared(row[1] as String), position: position, note: strings.shared(row[3] as String),
                recordedAt: StoreCoding.date(row[4])))
        }
        closeGroup()
        return result
    }

    private static func decision(
        _ row: Row, stances: [String: [Stance]], strings: inout SharedValues<String>
    ) throws -> Decision {
        let idText: String = row[0]
        let id = try RowDecoder.uuid(idText, entity: "decision")
        let topic = try StoreCoding.enumValue(DecisionTopic.self, row[2], entity: "decision", id: idText)
        let fieldCase = try caseValue(argument: strings.shared(row[4] as String?), evidence: row[5], id: idText)
        let officeCase = try caseValue(argument: strings.shared(row[6] as String?), evidence: row[7], id: idText)
        let resolutionText: String? = row[8]
        let resolution = try resolutionText.map {
            try StoreCoding.enumValue(ResolutionMode.self, $0, entity: "decision", id: idText)
        }
        let status = try StoreCoding.enumValue(DecisionStatus.self, row[13], entity: "decision", id: idText)
        let clashIDs = try StoreCoding.stringList(row[14], entity: "decision", id: idText)
        let insightIDs = try StoreCoding.stringList(row[15], entity: "decision", id: idText).map {
            try RowDecoder.uuid($0, entity: "decision")
        }
        let reviewMS: Int64? = row[12]
        let decidedMS: Int64? = row[18]
        let scopeText = strings.shared(row[3] as String)
        let decidedBy = strings.shared(row[9] as String?)
        let outcome = strings.shared(row[10] as String)
        let rationale = strings.shared(row[11] as String)
        let createdBy = strings.shared(row[16] as String)
        return try StoreCoding.rebuild("decision", idText) { () throws(ValidationError) in
            try Decision(
                id: id, title: row[1], topic: topic, scope: PlanScope(scopeText), fieldCase: fieldCase,
                officeCase: officeCase, stances: stances[idText] ?? [], resolution: resolution, decidedBy: decidedBy,
                outcome: outcome, rationale: rationale, reviewDate: reviewMS.map(StoreCoding.date), status: status,
                clashIDs: clashIDs, insightIDs: insightIDs, createdBy: createdBy,
                createdAt: StoreCoding.date(row[17]), decidedAt: decidedMS.map(StoreCoding.date))
        }
    }

    private static func caseValue(argument: String?, evidence: String?, id: String) throws -> Case {
        guard let argument, let evidence else {
            throw StoreError.corruptRow(entity: "decision", id: id, reason: "bad JSON in a Case column")
        }
        if evidence == "[]" { return Case(argument: argument) }
        return Case(
            argument: argument, evidence: try StoreCoding.decode([EvidenceRef].self, json: evidence, entity: "decision", id: id))
    }
}
