import Foundation
import LiaisonCore
import LiaisonStore

/// Store work the Decisions screen asks for; `update` records it in `DecisionsState.outbox`
/// and the screen runs each through `DecisionsLoader.perform` in an effect (tests call it directly).
public enum DecisionsLoad: Sendable, Equatable {
    /// Every decision, the people and the time the sections are judged at.
    case list
    /// One decision with its history and linked clashes.
    case detail(UUID)
    /// Records `person`'s stance.
    case stance(UUID, StancePosition, note: String, by: PersonID)
    /// Resolves the decision.
    case resolve(UUID, DecisionResolution, by: PersonID)
    /// Reopens a decided decision.
    case revisit(UUID, note: String, by: PersonID)
    /// Rewrites the two cases' arguments.
    case cases(UUID, field: String, office: String, by: PersonID)
}

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
}

/// Messages of the Decisions screen.
public enum DecisionsMessage: Sendable {
    case listed(DecisionsData)
    case detailLoaded(DecisionDetail)
    /// A form's change was stored; `warnings` are the guardrails it set off.
    case saved(DecisionFormKind, Decision, warnings: [String])
    /// The store refused a form's change; `field` names the decision field at fault.
    case rejected(DecisionFormKind, field: String?, reason: String)
    case failed(String)
}
