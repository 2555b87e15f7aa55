import Foundation
import GRDB
import LiaisonCore

extension LiaisonStore {
    /// Saves a newly written insight as `by`, who must be its author. The insight must be
    /// new, a draft or submitted, pass validation and the compliance scan of its text.
    /// - Returns: the insight as stored.
    @discardableResult
    public func logInsight(_ insight: Insight, by person: PersonID) throws -> Insight {
        guard insight.authorID == person else {
            throw ValidationError(
                entity: "insight", field: "authorID",
                reason: "\(person) cannot log an insight in the name of \(insight.authorID)")
        }
        guard insight.status == .draft || insight.status == .submitted else {
            throw ValidationError(
                entity: "insight", field: "status",
                reason: "a new insight is a draft or submitted, not \(insight.status.rawValue)")
        }
        try checkCompliance(insight)
        return try write(actor: person) { transaction in
            if try RowDecoder.fetchInsight(transaction.db, id: insight.id) != nil {
                throw ValidationError(
                    entity: "insight", field: "id", reason: "insight \(insight.id.uuidString) already exists")
            }
            try transaction.write(insight, action: .create)
            return insight
        }
    }

    /// Creates or updates `by`'s own draft, so a half-typed insight is never lost. Drafts
    /// skip the compliance scan; it runs when the draft is submitted.
    /// - Returns: the draft as stored.
    @discardableResult
    public func saveDraft(_ insight: Insight, by person: PersonID) throws -> Insight {
        guard insight.authorID == person, insight.status == .draft else {
            throw ValidationError(
                entity: "insight", field: "status", reason: "only the author's own drafts can be saved as drafts")
        }
        return try write(actor: person) { transaction in
            if let stored = try RowDecoder.fetchInsight(transaction.db, id: insight.id),
               stored.status != .draft || stored.authorID != person {
                throw ValidationError(
                    entity: "insight", field: "status",
                    reason: "insight \(insight.id.uuidString) is \(stored.status.rawValue), not a draft of \(person)")
            }
            try transaction.write(insight, action: nil)
            return insight
        }
    }

    /// Throws when the text of `insight` holds restricted words or patient identifiers.
    func checkCompliance(_ insight: Insight) throws {
        let findings = compliance.findings(in: insight.text)
        if !findings.isEmpty {
            throw ValidationError(
                entity: "insight", field: "text",
                reason: "cannot be saved: " + findings.map(\.description).joined(separator: "; "))
        }
    }

    /// Takes a lifecycle action on an insight as `by`, enforcing `InsightPolicy` and the
    /// status transitions: submit (runs the compliance scan), review, link (needs `link`;
    /// the objective, tactic or decision must exist), close, archive, endorse (adds `by`),
    /// linkSimilar (needs `parent`).
    /// - Returns: the insight after the action.
    @discardableResult
    public func perform(
        _ action: InsightAction, on id: UUID, by person: PersonID, link: InsightLink? = nil, parent: UUID? = nil
    ) throws -> Insight {
        try write(actor: person) { transaction in
            let db = transaction.db
            guard let actor = try Row.fetchOne(
                db, sql: "SELECT \(RowDecoder.personColumns) FROM people WHERE id = ?", arguments: [person]
            ).map(RowDecoder.person) else {
                throw ValidationError(entity: "insight", field: "actor", reason: "unknown person '\(person)'")
            }
            guard let insight = try RowDecoder.fetchInsight(db, id: id) else {
                throw StoreError.notFound(entity: "insight", id: id.uuidString)
            }
            try InsightPolicy.check(action, by: actor, on: insight)
            if action == .submit { try checkCompliance(insight) }
            let next = try InsightLifecycle.apply(action, to: insight, by: actor, link: link, parent: parent, db: db)
            try transaction.write(next, action: .transition, extra: ["action": action.rawValue])
            return next
        }
    }

    /// Submits a draft.
    @discardableResult
    public func submitInsight(_ id: UUID, by person: PersonID) throws -> Insight {
        try perform(.submit, on: id, by: person)
    }

    /// Marks a submitted insight as reviewed.
    @discardableResult
    public func reviewInsight(_ id: UUID, by person: PersonID) throws -> Insight {
        try perform(.review, on: id, by: person)
    }

    /// Links a reviewed insight to the objective, tactic or decision it changed (→ actioned).
    @discardableResult
    public func linkInsight(_ id: UUID, to link: InsightLink, by person: PersonID) throws -> Insight {
        try perform(.link, on: id, by: person, link: link)
    }

    /// Adds `by`'s endorsement (+1).
    @discardableResult
    public func endorseInsight(_ id: UUID, by person: PersonID) throws -> Insight {
        try perform(.endorse, on: id, by: person)
    }

    /// Groups the insight under `parent` as similar.
    @discardableResult
    public func linkSimilar(_ id: UUID, under parent: UUID, by person: PersonID) throws -> Insight {
        try perform(.linkSimilar, on: id, by: person, parent: parent)
    }

    /// Archives the insight.
    @discardableResult
    public func archiveInsight(_ id: UUID, by person: PersonID) throws -> Insight {
        try perform(.archive, on: id, by: person)
    }

    /// Closes the insight's loop.
    @discardableResult
    public func closeInsight(_ id: UUID, by person: PersonID) throws -> Insight {
        try perform(.close, on: id, by: person)
    }
}
