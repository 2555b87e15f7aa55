import Foundation
import LiaisonCore

/// How a decision is being resolved: the mode, what was decided and why, by whom, and
/// when to look at it again.
public struct DecisionResolution: Hashable, Sendable {
    public var mode: ResolutionMode
    public var outcome: String
    public var rationale: String
    public var decidedBy: PersonID
    public var reviewDate: Date?

    /// Creates a resolution.
    public init(mode: ResolutionMode, outcome: String, rationale: String, decidedBy: PersonID, reviewDate: Date? = nil) {
        self.mode = mode
        self.outcome = outcome
        self.rationale = rationale
        self.decidedBy = decidedBy
        self.reviewDate = reviewDate
    }
}

/// A decision after a ritual step, with the guardrail warnings the step set off.
public struct RitualResult: Hashable, Sendable {
    public var decision: Decision
    /// Allowed, but worth saying: e.g. a ruling by someone not Accountable.
    public var warnings: [DecisionWarning]

    /// Creates a result.
    public init(decision: Decision, warnings: [DecisionWarning] = []) {
        self.decision = decision
        self.warnings = warnings
    }
}
