import Foundation

/// A guardrail that lets a resolution stand but says what it sets off.
public enum DecisionWarning: Hashable, Sendable, CustomStringConvertible {
    /// An executive ruling by someone whose role is not Accountable for the topic.
    case notAccountable(deciderID: PersonID, role: PersonRole?, topic: DecisionTopic, accountable: [PersonRole])
    /// The review date is already past, so the decision counts as stalled.
    case pastReviewDate(Date)

    /// The clash the situation raises.
    public var raises: ClashKind {
        switch self {
        case .notAccountable: .roleOverreach
        case .pastReviewDate: .stalledDecision
        }
    }

    /// The message shown to the person resolving.
    public var description: String {
        switch self {
        case .notAccountable(let decider, let role, let topic, let accountable):
            let roleText = role.map { "(\($0.rawValue)) is" } ?? "is not a known person and"
            let who = accountable.map(\.rawValue).joined(separator: ", ")
            return "\(decider) \(roleText) not Accountable for \(topic.rawValue) decisions (Accountable: \(who)); "
                + "the decision stands but raises a role-overreach clash"
        case .pastReviewDate(let date):
            let day = ISO8601DateFormatter.string(from: date, timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
            return "the review date \(day) has already passed; the decision raises a stalled-decision clash until it is revisited"
        }
    }

    /// The warnings for `decision` as resolved by `decider` (nil when unknown) at `now`.
    public static func warnings(
        for decision: Decision, decider: Person?, roles: RoleDefinitions, now: Date
    ) -> [DecisionWarning] {
        var warnings: [DecisionWarning] = []
        if decision.status == .decided, let deciderID = decision.decidedBy,
           decider.map({ !roles.isAccountable($0.role, for: decision.topic) }) ?? true {
            warnings.append(.notAccountable(
                deciderID: deciderID, role: decider?.role, topic: decision.topic,
                accountable: roles.raci(for: decision.topic).accountable))
        }
        if decision.isOverdue(at: now), let reviewDate = decision.reviewDate {
            warnings.append(.pastReviewDate(reviewDate))
        }
        return warnings
    }
}
