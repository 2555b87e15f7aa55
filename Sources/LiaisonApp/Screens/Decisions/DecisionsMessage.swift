import Foundation
import LiaisonCore
import LiaisonStore

/// Store work the Decisions screen asks for; `update` records it in `DecisionsState.outbox`
/// and the screen runs each through `DecisionsLoader.perform` in an effect (tests call it directly).
public enum DecisionsLoad: Sendable, Equatable {
    /// Every decision as a list row, the people and the time the sections are judged at.
    case list
    /// One decision with its history and linked clashes.
    case detail(UUID)
    /// The decision a ritual form of the given kind is about to open on (from the list,
    /// where only its row is held).
    case form(DecisionFormKind, UUID)
    /// Records `person`'s stance.
    case stance(UUID, StancePosition, note: String, by: PersonID)
    /// Resolves the decision.
    case resolve(UUID, DecisionResolution, by: PersonID)
    /// Reopens a decided decision.
    case revisit(UUID, note: String, by: PersonID)
    /// Rewrites the two cases' arguments.
    case cases(UUID, field: String, office: String, by: PersonID)
}

/// Messages of the Decisions screen.
public enum DecisionsMessage: Sendable {
    case listed(DecisionsData)
    case detailLoaded(DecisionDetail)
    /// The decision a `.form` load asked for, read in full: the form may open on it.
    case formReady(DecisionFormKind, Decision)
    /// A form's change was stored; `warnings` are the guardrails it set off.
    case saved(DecisionFormKind, Decision, warnings: [String])
    /// The store refused a form's change; `field` names the decision field at fault.
    case rejected(DecisionFormKind, field: String?, reason: String)
    case failed(String)
}
