import Foundation
import GRDB
import LiaisonCore

/// The decision ritual: escalate a clash into a prefilled decision, record stances, resolve,
/// revisit. Each step is one audited transaction; the clash triage follows the decision.
extension LiaisonStore {
    /// Drafts an open decision from `clash` (see `Decision.escalating`) and records an
    /// `escalated` triage record naming it, in one transaction. Fails when the clash is
    /// already escalated to a decision that is not decided yet.
    public func escalate(
        _ clash: Clash, title: String? = nil, topic: DecisionTopic? = nil, id: UUID = UUID(), by person: PersonID
    ) throws -> Decision {
        try write(actor: person) { transaction in
            let db = transaction.db
            if let latest = try TriageRows.fetch(db, clashID: clash.id).last, latest.state == .escalated,
               let pending = latest.decisionID, let decision = try RowDecoder.fetchDecision(db, id: pending),
               decision.status != .decided {
                throw ValidationError(
                    entity: "clash \(clash.id)", field: "triage",
                    reason: "is already escalated to decision \(pending.uuidString) (\(decision.status.rawValue))")
            }
            let subjectDecision = try clash.evidence.first { $0.kind == .decision }
                .flatMap { UUID(uuidString: $0.id) }
                .flatMap { try RowDecoder.fetchDecision(db, id: $0) }
            let decision = try Decision.escalating(
                clash, id: id, title: title, topic: topic, subjectDecision: subjectDecision,
                createdBy: person, createdAt: transaction.now)
            try transaction.write(decision, action: .create)
            try transaction.addTriage(ClashTriage(
                clashID: clash.id, state: .escalated, decisionID: decision.id, by: person, at: transaction.now))
            return decision
        }
    }

    /// Appends `person`'s stance to the decision (earlier stances stay, as history).
    @discardableResult
    public func recordStance(
        _ position: StancePosition, note: String = "", of person: PersonID, on decisionID: UUID, by actor: PersonID
    ) throws -> Decision {
        try write(actor: actor) { transaction in
            var decision = try Self.existingDecision(transaction.db, decisionID)
            var lookup = ReferenceLookup()
            lookup.people = [person]
            guard try transaction.catalog(for: lookup).people[person] != nil else {
                throw ValidationError(entity: "stance", field: "personID", reason: "unknown person '\(person)'")
            }
            decision.stances.append(Stance(personID: person, position: position, note: note, recordedAt: transaction.now))
            try transaction.write(decision, action: .update)
            return decision
        }
    }

    /// Resolves an open (or revisited) decision. `Decision.validate` guards the rules (a
    /// compromise needs both cases, decided needs a rationale, deferred needs a review date)
    /// and its error is thrown unchanged. Linked clashes get a `resolved` triage record
    /// naming the decision unless it was deferred. The result lists the warnings of
    /// `DecisionWarning.warnings` (e.g. a ruling by someone not Accountable).
    public func resolveDecision(
        _ id: UUID, _ resolution: DecisionResolution, roles: RoleDefinitions, by person: PersonID
    ) throws -> RitualResult {
        try write(actor: person) { transaction in
            let db = transaction.db
            var decision = try Self.existingDecision(db, id)
            if decision.status == .decided {
                throw ValidationError(
                    entity: "decision", field: "status",
                    reason: "decision \(id.uuidString) is already decided; revisit it first to change the outcome")
            }
            decision.resolution = resolution.mode
            decision.outcome = resolution.outcome
            decision.rationale = resolution.rationale
            decision.decidedBy = resolution.decidedBy
            decision.reviewDate = resolution.reviewDate
            decision.status = .decided
            decision.decidedAt = transaction.now
            try transaction.write(decision, action: .update)
            if resolution.mode != .deferred {
                for clashID in decision.clashIDs {
                    try transaction.addTriage(ClashTriage(
                        clashID: clashID, state: .resolved, decisionID: id, by: person, at: transaction.now))
                }
            }
            let decider = try Row.fetchOne(
                db, sql: "SELECT \(RowDecoder.personColumns) FROM people WHERE id = ?", arguments: [resolution.decidedBy]
            ).map(RowDecoder.person)
            return RitualResult(
                decision: decision,
                warnings: DecisionWarning.warnings(for: decision, decider: decider, roles: roles, now: transaction.now))
        }
    }

    /// Reopens a decided decision for revisit with a note (kept in the audit log); its linked
    /// clashes are escalated to it again.
    public func revisitDecision(_ id: UUID, note: String, by person: PersonID) throws -> Decision {
        try write(actor: person) { transaction in
            var decision = try Self.existingDecision(transaction.db, id)
            if note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw ValidationError(entity: "revisit", field: "note", reason: "say why the decision is revisited")
            }
            guard decision.status == .decided else {
                throw ValidationError(
                    entity: "decision", field: "status",
                    reason: "only a decided decision can be revisited (status is \(decision.status.rawValue))")
            }
            decision.status = .revisit
            try transaction.write(decision, action: .update, extra: ["note": note])
            for clashID in decision.clashIDs {
                try transaction.addTriage(ClashTriage(
                    clashID: clashID, state: .escalated, reason: note, decisionID: id, by: person, at: transaction.now))
            }
            return decision
        }
    }

    /// Ids of the decisions whose id starts with `prefix` (case-insensitive), at most `limit`.
    public func decisionIDs(withPrefix prefix: String, limit: Int = 10) throws -> [UUID] {
        let pattern = prefix.uppercased().filter { $0.isHexDigit || $0 == "-" }
        guard !pattern.isEmpty else { return [] }
        return try read { db in
            try String.fetchAll(
                db, sql: "SELECT id FROM decisions WHERE id >= ? AND id < ? ORDER BY id LIMIT ?",
                arguments: [pattern, pattern + "\u{FFFF}", limit]
            ).map { try RowDecoder.uuid($0, entity: "decision") }
        }
    }

    /// The audit trail of a decision and of the triage of its clashes, oldest first.
    public func decisionHistory(_ decision: Decision) throws -> [AuditEntry] {
        var entries: [AuditEntry] = []
        for (entity, id) in [("decision", decision.id.uuidString)] + decision.clashIDs.map({ ("clashTriage", $0) }) {
            var cursor: PageCursor?
            repeat {
                let page = try auditLog(entity: entity, entityID: id, after: cursor, limit: 200)
                entries += page.items
                cursor = page.next
            } while cursor != nil
        }
        return entries.sorted { $0.sequence < $1.sequence }
    }

    private static func existingDecision(_ db: Database, _ id: UUID) throws -> Decision {
        guard let decision = try RowDecoder.fetchDecision(db, id: id) else {
            throw StoreError.notFound(entity: "decision", id: id.uuidString)
        }
        return decision
    }
}
