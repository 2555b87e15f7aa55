import Foundation
import LiaisonCore

/// One decision as a list shows it: what a row draws and what sorts it into the open,
/// due-for-review and decided sections, without the cases, stances or evidence.
public struct DecisionRow: Hashable, Sendable, Identifiable {
    public var id: UUID
    public var title: String
    public var topic: DecisionTopic
    public var scope: PlanScope
    public var status: DecisionStatus
    /// How it was resolved; nil while undecided.
    public var resolution: ResolutionMode?
    public var reviewDate: Date?
    public var createdAt: Date
    /// How many different people recorded a stance.
    public var stanceHolders: Int

    /// Creates a row.
    public init(
        id: UUID, title: String, topic: DecisionTopic, scope: PlanScope, status: DecisionStatus,
        resolution: ResolutionMode? = nil, reviewDate: Date? = nil, createdAt: Date, stanceHolders: Int = 0
    ) {
        self.id = id
        self.title = title
        self.topic = topic
        self.scope = scope
        self.status = status
        self.resolution = resolution
        self.reviewDate = reviewDate
        self.createdAt = createdAt
        self.stanceHolders = stanceHolders
    }

    /// The row of `decision`.
    public init(_ decision: Decision) {
        self.init(
            id: decision.id, title: decision.title, topic: decision.topic, scope: decision.scope, status: decision.status,
            resolution: decision.resolution, reviewDate: decision.reviewDate, createdAt: decision.createdAt,
            stanceHolders: Set(decision.stances.map(\.personID)).count)
    }

    /// True when the review date has passed and the decision was not revisited.
    public func isOverdue(at now: Date) -> Bool {
        Decision.isOverdue(reviewDate: reviewDate, status: status, at: now)
    }
}
