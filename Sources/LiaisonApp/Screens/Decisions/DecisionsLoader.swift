import Foundation
import LiaisonCore
import LiaisonStore

/// Runs the store work of the Decisions screen. Ritual steps go through the session's
/// `ClashService` when there is one, so the clash views stay current; otherwise straight to
/// the store. Synchronous; the screen calls `perform` inside effects, tests call it directly.
public enum DecisionsLoader {
    /// Performs `load`, turning errors into the matching failure message.
    public static func perform(_ load: DecisionsLoad, env: AppEnvironment) -> DecisionsMessage {
        do {
            switch load {
            case .list: return .listed(try list(store: env.store, now: env.clock()))
            case .detail(let id):
                guard let detail = try detail(id, env: env) else { return .failed("Decision \(id.uuidString) no longer exists") }
                return .detailLoaded(detail)
            case .form(let kind, let id):
                guard let decision = try env.store.decision(id: id) else {
                    return .rejected(kind, field: nil, reason: "Decision \(id.uuidString) no longer exists")
                }
                return .formReady(kind, decision)
            case .stance, .resolve, .revisit, .cases:
                return write(load, env: env)
            }
        } catch {
            return .failed(ClashesLoader.describe(error))
        }
    }

    /// Every decision as a list row (newest first, split into the sections at `now`),
    /// everyone, and region names. The full decisions are not read: the detail and the
    /// ritual forms load the one they show.
    public static func list(store: LiaisonStore, now: Date) throws -> DecisionsData {
        let rows = try store.decisionRows()
        let people = try store.people().sorted { $0.name < $1.name }
        let regions = Dictionary(try store.regions().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        return DecisionsData(rows: rows, people: people, regions: regions, now: now)
    }

    /// The decision `id`, its audit history and its clashes: the ones it answers, then the
    /// ones it causes (a clash citing it as evidence, e.g. split stances or overreach).
    public static func detail(_ id: UUID, env: AppEnvironment) throws -> DecisionDetail? {
        guard let decision = try env.store.decision(id: id) else { return nil }
        let statuses = env.clashes?.current() ?? []
        let computing = env.clashesComputing
        let answered = decision.clashIDs.compactMap { clashID in statuses.first { $0.clashID == clashID } }
        let cited = EvidenceRef(.decision, id.uuidString)
        let caused = statuses.filter { status in
            !decision.clashIDs.contains(status.clashID) && (status.clash?.evidence.contains(cited) ?? false)
        }
        let clashes = answered + caused
        return DecisionDetail(
            decision: decision, history: try env.store.decisionHistory(decision), clashes: clashes, clashesComputing: computing)
    }

    private static func write(_ load: DecisionsLoad, env: AppEnvironment) -> DecisionsMessage {
        let store = env.store
        let service = env.clashes
        // While the clashes are computed the write goes to the store and its refresh waits.
        let pending = service == nil ? env.clashHandle : nil
        do {
            switch load {
            case .stance(let id, let position, let note, let person):
                let decision = try service?.recordStance(position, note: note, of: person, on: id, by: person)
                    ?? store.recordStance(position, note: note, of: person, on: id, by: person)
                try pending?.refresh { try $0.decisionChanged(id) }
                return .saved(.stance, decision, warnings: [])
            case .resolve(let id, let resolution, let person):
                let result = try service?.resolveDecision(id, resolution, by: person)
                    ?? store.resolveDecision(id, resolution, roles: env.roles, by: person)
                try pending?.refresh(decisionAndTriage(id, clashIDs: result.decision.clashIDs))
                return .saved(.resolve, result.decision, warnings: result.warnings.map(\.description))
            case .revisit(let id, let note, let person):
                let decision = try service?.revisitDecision(id, note: note, by: person)
                    ?? store.revisitDecision(id, note: note, by: person)
                try pending?.refresh(decisionAndTriage(id, clashIDs: decision.clashIDs))
                return .saved(.revisit, decision, warnings: [])
            case .cases(let id, let field, let office, let person):
                guard var decision = try store.decision(id: id) else {
                    return .rejected(.cases, field: nil, reason: "the decision no longer exists")
                }
                decision.fieldCase.argument = field
                decision.officeCase.argument = office
                try decision.validate()
                if let service { try service.saveDecision(decision, by: person) } else { try store.saveDecision(decision, by: person) }
                try pending?.refresh { try $0.decisionChanged(id) }
                return .saved(.cases, decision, warnings: [])
            case .list, .detail, .form:
                return .failed("not a change")
            }
        } catch let error as ValidationError {
            return .rejected(formKind(load), field: error.field, reason: error.reason)
        } catch {
            return .rejected(formKind(load), field: nil, reason: ClashesLoader.describe(error))
        }
    }

    /// The refresh `ClashService.resolveDecision` / `revisitDecision` do after their write.
    private static func decisionAndTriage(_ id: UUID, clashIDs: [String]) -> ClashServiceHandle.Refresh {
        { service in
            try service.decisionChanged(id)
            for clashID in clashIDs { try service.triageChanged(clashID: clashID) }
        }
    }

    private static func formKind(_ load: DecisionsLoad) -> DecisionFormKind {
        switch load {
        case .stance: .stance
        case .resolve: .resolve
        case .revisit: .revisit
        case .form(let kind, _): kind
        case .cases, .list, .detail: .cases
        }
    }
}
