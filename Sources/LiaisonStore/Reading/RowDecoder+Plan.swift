import Foundation
import GRDB
import LiaisonCore

extension RowDecoder {
    static let planColumns = "id, period, scope, status"

    /// The plan in `row` (selected with `planColumns`) with all its parts.
    static func plan(_ db: Database, _ row: Row) throws -> Plan {
        let id: String = row[0]
        let status = try StoreCoding.enumValue(PlanStatus.self, row[3], entity: "plan", id: id)
        let objectives = try Row.fetchAll(db, sql: """
            SELECT code, title, rank, product_id, theme, kpi_target FROM plan_objectives
            WHERE plan_id = ? ORDER BY position
            """, arguments: [id]).map { part in
            try StoreCoding.rebuild("plan", id) { () throws(ValidationError) in
                try Objective(code: part[0], title: part[1], rank: part[2], productID: part[3], theme: part[4], kpiTarget: part[5])
            }
        }
        let tactics = try Row.fetchAll(db, sql: """
            SELECT code, title, kind, format, status, objective_code FROM plan_tactics
            WHERE plan_id = ? ORDER BY position
            """, arguments: [id]).map { part in
            let kind = try StoreCoding.enumValue(TacticKind.self, part[2], entity: "plan", id: id)
            let format = try StoreCoding.enumValue(TacticFormat.self, part[3], entity: "plan", id: id)
            let tacticStatus = try StoreCoding.enumValue(TacticStatus.self, part[4], entity: "plan", id: id)
            return try StoreCoding.rebuild("plan", id) { () throws(ValidationError) in
                try Tactic(code: part[0], title: part[1], kind: kind, format: format, status: tacticStatus, objectiveCode: part[5])
            }
        }
        let sites = try Row.fetchAll(db, sql: """
            SELECT study, institution_id, rationale FROM plan_study_sites WHERE plan_id = ? ORDER BY position
            """, arguments: [id]).map { part in
            try StoreCoding.rebuild("plan", id) { () throws(ValidationError) in
                try StudySiteNomination(study: part[0], institutionID: part[1], rationale: part[2])
            }
        }
        let shares = try Row.fetchAll(db, sql: """
            SELECT product_id, f2f_share FROM plan_channel_shares WHERE plan_id = ? ORDER BY position
            """, arguments: [id]).map { part in
            try StoreCoding.rebuild("plan", id) { () throws(ValidationError) in
                try ChannelShare(productID: part[0], faceToFaceShare: part[1])
            }
        }
        let priorities = try Row.fetchAll(db, sql: """
            SELECT code, question, theme FROM plan_listening_priorities WHERE plan_id = ? ORDER BY position
            """, arguments: [id]).map { part in
            try StoreCoding.rebuild("plan", id) { () throws(ValidationError) in
                try ListeningPriority(code: part[0], question: part[1], theme: part[2])
            }
        }
        return try StoreCoding.rebuild("plan", id) { () throws(ValidationError) in
            try Plan(
                id: id, period: row[1], scope: PlanScope(row[2] as String), status: status, objectives: objectives,
                tactics: tactics, studySites: sites, channelMix: shares, listeningPriorities: priorities)
        }
    }

    /// The plan with `id`, if stored.
    static func fetchPlan(_ db: Database, id: PlanID) throws -> Plan? {
        guard let row = try Row.fetchOne(db, sql: "SELECT \(planColumns) FROM plans WHERE id = ?", arguments: [id]) else {
            return nil
        }
        return try plan(db, row)
    }
}
