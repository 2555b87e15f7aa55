import LiaisonCore
import LiaisonStore

/// One decision as the detail shows it: the full decision (the ritual forms over the detail
/// take it from here), its history and its linked clashes.
public struct DecisionDetail: Sendable, Equatable {
    public var decision: Decision
    /// Audit entries of the decision and of its clashes' triage, oldest first.
    public var history: [AuditEntry]
    /// The linked clashes as they stand now (nil entries dropped).
    public var clashes: [ClashStatus]
    /// True when the session's clashes were still being computed (`clashes` is then empty).
    public var clashesComputing = false
}
