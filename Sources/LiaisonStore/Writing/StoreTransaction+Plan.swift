import Foundation
import GRDB
import LiaisonCore

extension StoreTransaction {
    /// Inserts or updates a plan; its objectives, tactics, study sites, channel mix and
    /// listening priorities are replaced by the ones given.
    public func upsert(_ plan: Plan) throws {
        try plan.validate()
        try catalog(for: ReferenceLookup(plan)).check(plan)
        let before = try RowDecoder.fetchPlan(db, id: plan.id)
        guard before != plan else { return }
        try db.execute(sql: """
            INSERT INTO plans (id, period, scope, region_id, status) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET period = excluded.period, scope = excluded.scope,
                region_id = excluded.region_id, status = excluded.status
            """, arguments: [plan.id, plan.period, plan.scope.description, plan.scope.regionID, plan.status.rawValue])
        try writeParts(of: plan)
        try auditChange(entity: "plan", id: plan.id, before: before, after: plan)
    }

    /// Deletes a plan and its parts.
    public func deletePlan(_ id: PlanID) throws {
        guard let before = try RowDecoder.fetchPlan(db, id: id) else {
            throw StoreError.notFound(entity: "plan", id: id)
        }
        try db.execute(sql: "DELETE FROM plans WHERE id = ?", arguments: [id])
        try auditDeletion(entity: "plan", id: id, before: before)
    }

    private func writeParts(of plan: Plan) throws {
        for table in ["plan_objectives", "plan_tactics", "plan_study_sites", "plan_channel_shares", "plan_listening_priorities"] {
            try db.execute(sql: "DELETE FROM \(table) WHERE plan_id = ?", arguments: [plan.id])
        }
        for (position, objective) in plan.objectives.enumerated() {
            try db.execute(sql: """
                INSERT INTO plan_objectives (plan_id, position, code, title, rank, product_id, theme, kpi_target)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [
                    plan.id, position, objective.code, objective.title, objective.rank, objective.productID,
                    objective.theme, objective.kpiTarget,
                ])
        }
        for (position, tactic) in plan.tactics.enumerated() {
            try db.execute(sql: """
                INSERT INTO plan_tactics (plan_id, position, code, title, kind, format, status, objective_code)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [
                    plan.id, position, tactic.code, tactic.title, tactic.kind.rawValue, tactic.format.rawValue,
                    tactic.status.rawValue, tactic.objectiveCode,
                ])
        }
        for (position, site) in plan.studySites.enumerated() {
            try db.execute(sql: """
                INSERT INTO plan_study_sites (plan_id, position, study, institution_id, rationale)
                VALUES (?, ?, ?, ?, ?)
                """, arguments: [plan.id, position, site.study, site.institutionID, site.rationale])
        }
        for (position, share) in plan.channelMix.enumerated() {
            try db.execute(sql: """
                INSERT INTO plan_channel_shares (plan_id, position, product_id, f2f_share) VALUES (?, ?, ?, ?)
                """, arguments: [plan.id, position, share.productID, share.faceToFaceShare])
        }
        for (position, priority) in plan.listeningPriorities.enumerated() {
            try db.execute(sql: """
                INSERT INTO plan_listening_priorities (plan_id, position, code, question, theme)
                VALUES (?, ?, ?, ?, ?)
                """, arguments: [plan.id, position, priority.code, priority.question, priority.theme])
        }
    }
}
