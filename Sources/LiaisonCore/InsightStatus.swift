/// Where an insight is in its life. The author can always see how far it got.
public enum InsightStatus: String, Codable, CaseIterable, Sendable {
    case draft
    case submitted
    case reviewed
    case actioned
    case closed
    case archived

    /// The states this one may move to.
    public var successors: Set<InsightStatus> {
        switch self {
        case .draft: [.submitted, .archived]
        case .submitted: [.reviewed, .draft, .archived]
        case .reviewed: [.actioned, .closed, .archived]
        case .actioned: [.closed]
        case .closed, .archived: []
        }
    }

    /// Returns `next`, or throws when the lifecycle does not allow the move.
    public func transition(to next: InsightStatus) throws(ValidationError) -> InsightStatus {
        guard successors.contains(next) else {
            let allowed = successors.map(\.rawValue).sorted().joined(separator: ", ")
            throw ValidationError(
                entity: "insight", field: "status",
                reason: "cannot go from \(rawValue) to \(next.rawValue)"
                    + (allowed.isEmpty ? " (\(rawValue) is final)" : " (allowed: \(allowed))"))
        }
        return next
    }
}

/// What an actioned insight changed: a plan objective, a tactic or a decision.
public struct InsightLink: Codable, Hashable, Sendable {
    /// What kind of record the insight is linked to.
    public enum Target: String, Codable, CaseIterable, Sendable {
        case objective
        case tactic
        case decision
    }

    public var target: Target
    /// `planID#obj:code`, `planID#tac:code` or a decision UUID.
    public var reference: String

    /// Creates a link.
    public init(target: Target, reference: String) {
        self.target = target
        self.reference = reference
    }
}
