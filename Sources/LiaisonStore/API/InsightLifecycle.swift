import Foundation
import GRDB
import LiaisonCore

/// What each lifecycle action does to an insight, once the policy allowed it.
enum InsightLifecycle {
    static func apply(
        _ action: InsightAction, to insight: Insight, by person: Person, link: InsightLink?, parent: UUID?,
        db: Database
    ) throws -> Insight {
        switch action {
        case .submit:
            return try insight.moved(to: .submitted)
        case .review:
            return try insight.moved(to: .reviewed)
        case .close:
            return try insight.moved(to: .closed)
        case .archive:
            return try insight.moved(to: .archived)
        case .link:
            guard let link else {
                throw ValidationError(entity: "insight", field: "link", reason: "linking needs an objective, tactic or decision")
            }
            try checkTarget(link, db: db)
            return try insight.moved(to: .actioned, link: link)
        case .endorse:
            var next = insight
            next.endorsedBy.append(person.id)
            return next
        case .linkSimilar:
            guard let parent else {
                throw ValidationError(entity: "insight", field: "parentID", reason: "linking as similar needs the insight to group under")
            }
            var next = insight
            next.parentID = parent
            try next.validate()
            return next
        }
    }

    /// Throws unless the objective (`planID#obj:code`), tactic (`planID#tac:code`) or decision
    /// (UUID) named by `link` exists.
    static func checkTarget(_ link: InsightLink, db: Database) throws {
        let found: Bool
        switch link.target {
        case .decision:
            guard let id = UUID(uuidString: link.reference) else {
                throw ValidationError(entity: "insight", field: "link", reason: "'\(link.reference)' is not a decision id")
            }
            found = try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM decisions WHERE id = ?)", arguments: [RowDecoder.text(id)]) ?? false
        case .objective, .tactic:
            let parts = link.reference.split(separator: "#", maxSplits: 1).map(String.init)
            guard parts.count == 2 else {
                throw ValidationError(
                    entity: "insight", field: "link", reason: "'\(link.reference)' is not of the form planID#code")
            }
            let table = link.target == .objective ? "plan_objectives" : "plan_tactics"
            found = try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM \(table) WHERE plan_id = ? AND code = ?)",
                arguments: [parts[0], parts[1]]) ?? false
        }
        if !found {
            throw ValidationError(
                entity: "insight", field: "link", reason: "no \(link.target.rawValue) '\(link.reference)'")
        }
    }
}
