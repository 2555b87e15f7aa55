import Foundation
import GRDB
import LiaisonCore

extension LiaisonStore {
    /// Replaces the stored draft insight `insight.id` with `insight` (still a draft, or
    /// submitted to submit it), as its author `by`. Same checks as `logInsight`: author,
    /// validation and the compliance scan. Throws `StoreError.notFound` when no such draft.
    /// - Returns: the insight as stored.
    @discardableResult
    public func updateDraftInsight(_ insight: Insight, by person: PersonID) throws -> Insight {
        guard insight.authorID == person else {
            throw ValidationError(
                entity: "insight", field: "authorID",
                reason: "\(person) cannot edit an insight of \(insight.authorID)")
        }
        guard insight.status == .draft || insight.status == .submitted else {
            throw ValidationError(
                entity: "insight", field: "status",
                reason: "a draft is kept as a draft or submitted, not \(insight.status.rawValue)")
        }
        let findings = compliance.findings(in: insight.text)
        if !findings.isEmpty {
            throw ValidationError(
                entity: "insight", field: "text",
                reason: "cannot be saved: " + findings.map(\.description).joined(separator: "; "))
        }
        return try write(actor: person) { transaction in
            guard let before = try RowDecoder.fetchInsight(transaction.db, id: insight.id) else {
                throw StoreError.notFound(entity: "insight", id: insight.id.uuidString)
            }
            guard before.status == .draft, before.authorID == person else {
                throw ValidationError(
                    entity: "insight", field: "status",
                    reason: "insight \(insight.id.uuidString) is no longer a draft of \(person)")
            }
            var next = insight
            next.link = before.link
            next.parentID = before.parentID
            next.endorsedBy = before.endorsedBy
            try transaction.write(next, action: insight.status == .draft ? .update : .transition,
                                  extra: insight.status == .draft ? [:] : ["action": InsightAction.submit.rawValue])
            return next
        }
    }
}
