import Foundation
import GRDB
import LiaisonCore

extension StoreTransaction {
    /// Inserts or updates one insight (endorsements replaced by `endorsedBy`). Its parent,
    /// if any, must already be stored.
    public func upsert(_ insight: Insight) throws {
        try write(insight, action: nil)
    }

    /// Validates and writes `insight`, auditing it as `action` (create/update when nil).
    func write(_ insight: Insight, action: AuditAction?, extra: [String: String] = [:]) throws {
        try insight.validate()
        try catalog(for: ReferenceLookup(insight)).check(insight)
        if let parent = insight.parentID, try RowDecoder.fetchInsight(db, id: parent) == nil {
            throw ValidationError(entity: "insight", field: "parentID", reason: "unknown insight '\(parent.uuidString)'")
        }
        let before = try RowDecoder.fetchInsight(db, id: insight.id)
        guard before != insight else { return }
        try execute(insight)
        try auditChange(
            entity: "insight", id: RowDecoder.text(insight.id), before: before, after: insight, action: action,
            extra: extra)
    }

    /// Deletes an insight, its endorsements and its search entry; children lose their parent.
    public func deleteInsight(_ id: UUID) throws {
        guard let before = try RowDecoder.fetchInsight(db, id: id) else {
            throw StoreError.notFound(entity: "insight", id: id.uuidString)
        }
        try db.execute(sql: "DELETE FROM insights WHERE id = ?", arguments: [RowDecoder.text(id)])
        try auditDeletion(entity: "insight", id: RowDecoder.text(id), before: before)
    }

    /// Bulk insert (or update by id) of many insights with reused statements, validated
    /// against `catalog` (default: `catalog()`). One audit row stands for the whole batch.
    /// Parents may appear anywhere in the batch but must exist when it ends.
    /// - Throws: `BatchRowError` naming the first invalid element; nothing is kept if the
    ///   surrounding transaction ends with the error.
    ///
    /// Large batches drop and rebuild the insight indexes, search index and summary once
    /// instead of updating them per row (see `BulkInsightMaintenance`).
    @discardableResult
    public func insertInsights<S: Sequence>(_ insights: S, catalog: ReferenceCatalog? = nil) throws -> Int
    where S.Element == Insight {
        try insertInsights(insights, catalog: catalog, rebuildThreshold: BulkInsightMaintenance.defaultThreshold)
    }

    /// `insertInsights(_:catalog:)` with the batch size after which indexes are rebuilt at the end.
    /// `prevalidated`: every element was already built by a validating initialiser and
    /// checked against `catalog` (the CSV import does both per row), so it is not checked twice.
    func insertInsights<S: Sequence>(
        _ insights: S, catalog: ReferenceCatalog?, rebuildThreshold: Int, prevalidated: Bool = false
    ) throws -> Int where S.Element == Insight {
        let catalog = try catalog ?? self.catalog()
        let maintenance = try BulkInsightMaintenance(db: db, threshold: rebuildThreshold)
        do {
            let count = try insertInsights(insights, catalog: catalog, maintenance: maintenance, prevalidated: prevalidated)
            try maintenance.finish()
            return count
        } catch {
            try? maintenance.restoreCache()
            throw error
        }
    }

    private func insertInsights<S: Sequence>(
        _ insights: S, catalog: ReferenceCatalog, maintenance: BulkInsightMaintenance, prevalidated: Bool
    ) throws -> Int where S.Element == Insight {
        var statements = try InsightStatements(db, bulk: true)
        var count = 0
        var first: UUID?
        var last: UUID?
        var parents: [Int: UUID] = [:]
        for insight in insights {
            do {
                if !prevalidated {
                    try insight.validate()
                    try catalog.check(insight)
                }
            } catch {
                throw BatchRowError(index: count, id: insight.id.uuidString, error: error)
            }
            let isNew = try statements.execute(insight)
            if let parent = insight.parentID { parents[count] = parent }
            if first == nil { first = insight.id }
            last = insight.id
            count += 1
            try maintenance.written(insight, isNew: isNew, count: count)
        }
        let exists = try db.cachedStatement(sql: "SELECT 1 FROM insights WHERE id = ?")
        for (index, parent) in parents.sorted(by: { $0.key < $1.key }) {
            if try Int.fetchOne(exists, arguments: [RowDecoder.text(parent)]) == nil {
                throw BatchRowError(
                    index: index, id: parent.uuidString,
                    error: ValidationError(entity: "insight", field: "parentID", reason: "unknown insight '\(parent.uuidString)'"))
            }
        }
        if count > 0 {
            try auditBatch(entity: "insight", count: count, first: first?.uuidString, last: last?.uuidString)
        }
        return count
    }

    /// Writes the insight row and its endorsements; no validation, no audit.
    private func execute(_ insight: Insight) throws {
        var statements = try InsightStatements(db)
        try statements.execute(insight)
    }

    /// One audit row for a bulk insert.
    func auditBatch(entity: String, count: Int, first: String?, last: String?) throws {
        struct Batch: Encodable {
            var count: Int
            var first: String?
            var last: String?
        }
        try audit(
            entity: entity, id: "*", action: .import,
            summary: StoreCoding.json(Batch(count: count, first: first, last: last)))
    }
}
