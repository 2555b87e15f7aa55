import Foundation
import GRDB
import LiaisonCore

/// The one place that writes: every change made through it is validated first and audited
/// in the same transaction. Only valid inside `LiaisonStore.write(actor:_:)`.
public final class StoreTransaction {
    let db: Database
    /// Who the audit log names for every change in this transaction.
    public let actor: PersonID
    /// The time stamped on every audit row of this transaction.
    public let now: Date
    let taxonomy: Taxonomy
    private var cachedCatalog: ReferenceCatalog?
    private var regionsToCheck: [Region] = []

    init(db: Database, actor: PersonID, now: Date, taxonomy: Taxonomy) {
        self.db = db
        self.actor = actor
        self.now = now
        self.taxonomy = taxonomy
    }

    /// Every id in the database as this transaction sees it (built once, rebuilt after
    /// reference data changes).
    public func catalog() throws -> ReferenceCatalog {
        if let cachedCatalog { return cachedCatalog }
        let built = try ReferenceLookup.fullCatalog(db, taxonomy: taxonomy)
        cachedCatalog = built
        return built
    }

    /// A catalog for validating one record: the cached full catalog if there is one,
    /// otherwise only the ids in `lookup`.
    func catalog(for lookup: ReferenceLookup) throws -> ReferenceCatalog {
        if let cachedCatalog { return cachedCatalog }
        return try lookup.catalog(db, taxonomy: taxonomy)
    }

    /// Forgets the cached catalog after reference data changed.
    func referenceDataChanged() {
        cachedCatalog = nil
    }

    /// Remembers a region whose RMD is checked when the transaction ends.
    func checkAtEnd(_ region: Region) {
        regionsToCheck.append(region)
    }

    /// Runs the checks deferred to the end of the transaction.
    func finish() throws {
        for region in regionsToCheck {
            var lookup = ReferenceLookup()
            lookup.people = [region.rmdID]
            try lookup.catalog(db, taxonomy: taxonomy).check(region)
        }
        regionsToCheck.removeAll()
    }

    /// Appends one audit row. Every write method ends here.
    func audit(entity: String, id: String, action: AuditAction, summary: String) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO audit_log (at_ms, actor, entity, entity_id, action, summary) VALUES (?, ?, ?, ?, ?, ?)
            """)
        try statement.execute(arguments: [
            StoreCoding.milliseconds(now), actor, entity, id, action.rawValue, summary,
        ])
    }

    /// Audits the change from `before` to `after`: create when there was nothing, update
    /// with the changed fields otherwise. Returns false (and audits nothing) when equal.
    @discardableResult
    func auditChange<T: Encodable & Equatable>(
        entity: String, id: String, before: T?, after: T, action: AuditAction? = nil, extra: [String: String] = [:]
    ) throws -> Bool {
        guard let before else {
            try audit(entity: entity, id: id, action: action ?? .create, summary: AuditSummary.record(after))
            return true
        }
        guard let summary = AuditSummary.difference(from: before, to: after, extra: extra) else { return false }
        try audit(entity: entity, id: id, action: action ?? .update, summary: summary)
        return true
    }

    /// Audits the removal of `before`.
    func auditDeletion<T: Encodable>(entity: String, id: String, before: T) throws {
        try audit(entity: entity, id: id, action: .delete, summary: AuditSummary.record(before))
    }
}
