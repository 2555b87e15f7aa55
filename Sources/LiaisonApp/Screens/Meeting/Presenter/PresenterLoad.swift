import Foundation
import LiaisonCore

/// Store work presenter mode asks for; `update` records it in `PresenterSession.outbox` and
/// the presenter runs each through `PresenterLoad.perform` in an effect (tests call it directly).
public enum PresenterLoad: Sendable, Equatable {
    /// The evidence, decision and clash of an agenda item.
    case item(AgendaItem)
    /// A step of the decision ritual (stance, resolve, revisit).
    case decision(DecisionsLoad)
    /// A clash triage step.
    case triage(ClashesLoad)

    /// Performs the load, turning errors into the matching failure message.
    public func perform(env: AppEnvironment) -> MeetingPresenterMessage {
        switch self {
        case .item(let item):
            do {
                return .itemLoaded(try PresenterLoader.item(item, env: env))
            } catch {
                return .itemFailed(item.id, ClashesLoader.describe(error))
            }
        case .decision(let load): return .decision(DecisionsLoader.perform(load, env: env))
        case .triage(let load): return .triage(ClashesLoader.perform(load, env: env))
        }
    }
}
