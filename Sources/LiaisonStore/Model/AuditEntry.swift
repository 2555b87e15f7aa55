import Foundation
import LiaisonCore

/// What a write did to a record.
public enum AuditAction: String, Codable, CaseIterable, Sendable {
    case create
    case update
    case delete
    /// A lifecycle action on an insight (submit, review, link, endorse, …).
    case transition
    /// A bulk insert; one entry stands for the whole batch.
    case `import`
}

/// One row of the audit log: who changed what, when, and how.
public struct AuditEntry: Codable, Hashable, Sendable {
    /// Increases with every write; newest entries have the highest number.
    public var sequence: Int64
    public var at: Date
    public var actor: PersonID
    /// The kind of record, e.g. `insight`, `decision`.
    public var entity: String
    public var entityID: String
    public var action: AuditAction
    /// Compact JSON: the record on create/delete, `{"field":[before,after]}` on update,
    /// `{"count":N,"first":…,"last":…}` on import.
    public var summary: String

    /// Creates an entry.
    public init(
        sequence: Int64, at: Date, actor: PersonID, entity: String, entityID: String,
        action: AuditAction, summary: String
    ) {
        self.sequence = sequence
        self.at = at
        self.actor = actor
        self.entity = entity
        self.entityID = entityID
        self.action = action
        self.summary = summary
    }
}
