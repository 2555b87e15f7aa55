import Foundation
import LiaisonCore
import LiaisonStore

/// What the list shows.
public struct DecisionsData: Sendable, Equatable {
    /// Every decision, newest first.
    public var decisions: [Decision]
    /// Everyone, by name (for stances and the RACI panel).
    public var people: [Person]
    public var regions: [RegionID: String]
    /// The time the open / due / decided sections are judged at.
    public var now: Date

    /// The person's name, or the id when unknown.
    public func name(_ id: PersonID) -> String { people.first { $0.id == id }?.name ?? id }

    /// `national` or the region's name.
    public func scope(_ scope: PlanScope) -> String {
        switch scope {
        case .national: "national"
        case .region(let id): regions[id] ?? id
        }
    }
}

/// One decision as the detail shows it.
public struct DecisionDetail: Sendable, Equatable {
    public var decision: Decision
    /// Audit entries of the decision and of its clashes' triage, oldest first.
    public var history: [AuditEntry]
    /// The linked clashes as they stand now (nil entries dropped).
    public var clashes: [ClashStatus]
    /// True when the session's clashes were still being computed (`clashes` is then empty).
    public var clashesComputing = false
}
