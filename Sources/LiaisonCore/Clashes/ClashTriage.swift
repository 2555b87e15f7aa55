import Foundation

/// What a person decided to do about a clash.
public enum ClashTriageState: String, Codable, CaseIterable, Sendable {
    /// Seen; being watched.
    case acknowledged
    /// Judged not worth acting on; needs a reason.
    case dismissed
    /// Taken to a decision (optionally naming it).
    case escalated
    /// Settled by the people involved.
    case resolved
}

/// One stored triage step for a clash. Triage records point at clash ids, which are stable
/// across recomputation, so triage survives a recompute.
public struct ClashTriage: Codable, Hashable, Sendable {
    public var clashID: String
    public var state: ClashTriageState
    /// Why; required when dismissing.
    public var reason: String?
    /// The decision the clash was escalated to or resolved by.
    public var decisionID: UUID?
    public var by: PersonID
    public var at: Date

    /// Creates a record, enforcing the rules listed on `validate()`.
    public init(
        clashID: String, state: ClashTriageState, reason: String? = nil, decisionID: UUID? = nil,
        by: PersonID, at: Date
    ) throws(ValidationError) {
        self.clashID = clashID
        self.state = state
        self.reason = reason
        self.decisionID = decisionID
        self.by = by
        self.at = at
        try validate()
    }

    /// Checks: a clash id and a person are given; a dismissal has a reason; only an
    /// escalation or a resolution names a decision.
    public func validate() throws(ValidationError) {
        try Check.nonEmpty(clashID, "triage", "clashID")
        try Check.slug(by, prefix: "person", "triage", "by")
        if state == .dismissed && (reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError(entity: "triage", field: "reason", reason: "dismissing a clash needs a reason")
        }
        if decisionID != nil && state != .escalated && state != .resolved {
            throw ValidationError(
                entity: "triage", field: "decisionID",
                reason: "only an escalation or a resolution can name a decision (state is \(state.rawValue))")
        }
    }

    /// The latest record per clash id (by `at`; on a tie the later one in `records`).
    public static func latest(_ records: [ClashTriage]) -> [String: ClashTriage] {
        var result: [String: ClashTriage] = [:]
        for record in records {
            if let current = result[record.clashID], current.at > record.at { continue }
            result[record.clashID] = record
        }
        return result
    }
}
