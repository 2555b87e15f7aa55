import LiaisonCore

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
