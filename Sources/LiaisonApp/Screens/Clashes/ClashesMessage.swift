import Foundation
import LiaisonCore
import LiaisonStore

/// Store work the Clashes screen asks for; `update` records it in `ClashesState.outbox` and
/// the screen runs each through `ClashesLoader.perform` in an effect (tests call it directly).
public enum ClashesLoad: Sendable, Equatable {
    /// Every clash status with the names the list shows.
    case list
    /// One clash with its evidence, triage history and rule help.
    case detail(String)
    /// A triage step for a clash, by the current person.
    case triage(clashID: String, state: ClashTriageState, reason: String?, by: PersonID)
    /// Escalates a clash into a prefilled decision, by the current person.
    case escalate(clashID: String, by: PersonID)
}

/// Names the list and detail show instead of ids.
public struct ClashNames: Sendable, Equatable {
    public var regions: [RegionID: String] = [:]
    public var people: [PersonID: String] = [:]

    /// No names yet.
    public init() {}

    /// The region's name, `national` for none.
    public func region(_ id: RegionID?) -> String { id.map { regions[$0] ?? $0 } ?? "national" }
    /// The person's name.
    public func person(_ id: PersonID) -> String { people[id] ?? id }
}

/// What the list shows: every known clash status (current ones most severe first, then
/// triaged clashes whose cause has gone) and names.
public struct ClashesData: Sendable, Equatable {
    public var statuses: [ClashStatus]
    public var names: ClashNames
    /// Regions in name order, for the region filter.
    public var regionOrder: [RegionID]
}

/// Messages of the Clashes screen.
public enum ClashesMessage: Sendable {
    case listed(ClashesData)
    case detailLoaded(ClashDetail)
    /// A triage step was stored.
    case triaged(clashID: String, ClashTriageState)
    /// A triage step was refused (e.g. a dismissal without a reason).
    case triageFailed(clashID: String, ClashTriageState, String)
    /// The clash became this decision.
    case escalated(clashID: String, Decision)
    /// The session's clashes are still being computed; the screen reloads when they are ready.
    case computing
    case failed(String)
}
