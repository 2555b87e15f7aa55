import Foundation
import LiaisonCore
import LiaisonStore

/// Runs the store work of the Clashes screen through the session's `ClashService`. Every
/// function is synchronous; the screen calls `perform` inside effects and tests call it directly.
public enum ClashesLoader {
    /// Performs `load`, turning errors into the matching failure message.
    public static func perform(_ load: ClashesLoad, env: AppEnvironment) -> ClashesMessage {
        guard let service = env.clashes else {
            switch env.clashHandle?.phase {
            case .computing: return .computing
            case .failed(let reason): return .failed("Could not compute the clashes: \(reason)")
            case .ready, nil: return .failed("Clashes are not computed in this session (no clash settings were loaded)")
            }
        }
        do {
            switch load {
            case .list: return .listed(try list(service: service, now: env.clock()))
            case .detail(let id):
                guard let detail = try detail(id, service: service) else { return .failed("Clash \(id) is no longer known") }
                return .detailLoaded(detail)
            case .triage(let clashID, let state, let reason, let person):
                do {
                    let record = try ClashTriage(clashID: clashID, state: state, reason: reason, by: person, at: env.clock())
                    try service.triage(record, by: person)
                    return .triaged(clashID: clashID, state)
                } catch {
                    return .triageFailed(clashID: clashID, state, describe(error))
                }
            case .escalate(let clashID, let person):
                do {
                    return .escalated(clashID: clashID, try service.escalate(clashID: clashID, by: person))
                } catch {
                    return .triageFailed(clashID: clashID, .escalated, describe(error))
                }
            }
        } catch {
            return .failed(describe(error))
        }
    }

    /// A user-facing sentence for a store error.
    public static func describe(_ error: any Error) -> String {
        if let validation = error as? ValidationError { return validation.reason }
        return "\(error)"
    }

    /// Every clash status and the names to show; moves the service's clock on first when the
    /// app's clock has passed it.
    public static func list(service: ClashService, now: Date) throws -> ClashesData {
        if now > service.now { try service.advanceClock(to: now) }
        let store = service.store
        var names = ClashNames()
        let regions = try store.regions().sorted { $0.name < $1.name }
        for region in regions { names.regions[region.id] = region.name }
        for person in try store.people() { names.people[person.id] = person.name }
        return ClashesData(statuses: service.current(), names: names, regionOrder: regions.map(\.id))
    }

    /// The clash `id` with its evidence labelled, its triage history and its rule's help.
    public static func detail(_ id: String, service: ClashService) throws -> ClashDetail? {
        guard let status = service.status(of: id) else { return nil }
        let evidence = try (status.clash?.evidence ?? []).map { try item($0, store: service.store) }
        let kind = status.clash?.kind ?? ClashKind.allCases.first { id.hasPrefix($0.rawValue + ":") }
        let rule = ClashEngine.standardRules.first { $0.kind == kind }
        return ClashDetail(
            status: status, evidence: evidence, history: service.triageHistory(of: id),
            ruleHelp: rule?.helpText(config: service.settings.clashes) ?? "")
    }

    /// A label and a target for one evidence record.
    static func item(_ ref: EvidenceRef, store: LiaisonStore) throws -> EvidenceItem {
        switch ref.kind {
        case .insight:
            guard let id = UUID(uuidString: ref.id), let insight = try store.insight(id: id) else {
                return EvidenceItem(ref: ref, label: "insight (removed)", target: nil)
            }
            let label = "\(DayFormat.iso(insight.interactionAt)) \(insight.whatWasSaid)"
            return EvidenceItem(ref: ref, label: label, target: EvidenceTarget(screen: .insights, focus: .insight(id)))
        case .hcp:
            let name = try store.hcp(id: ref.id)?.name ?? ref.id
            return EvidenceItem(ref: ref, label: name, target: EvidenceTarget(screen: .people, focus: .hcp(ref.id)))
        case .decision:
            guard let id = UUID(uuidString: ref.id) else { return EvidenceItem(ref: ref, label: ref.id, target: nil) }
            let title = try store.decision(id: id)?.title ?? "decision (removed)"
            return EvidenceItem(ref: ref, label: title, target: EvidenceTarget(screen: .decisions, focus: .decision(id)))
        case .institution:
            guard let institution = try store.institution(id: ref.id) else { return EvidenceItem(ref: ref, label: ref.id, target: nil) }
            return EvidenceItem(
                ref: ref, label: "\(institution.name), \(institution.city)",
                target: EvidenceTarget(screen: .plans, focus: .region(institution.regionID)))
        case .objective, .tactic, .studySite, .plan:
            return try planItem(ref, store: store)
        case .touchpoint:
            return EvidenceItem(ref: ref, label: "touchpoint \(ref.id.prefix(8))", target: nil)
        }
    }

    /// Objectives, tactics and study sites (`planID#…`) and plans open the plan's region.
    private static func planItem(_ ref: EvidenceRef, store: LiaisonStore) throws -> EvidenceItem {
        let parts = ref.id.split(separator: "#", maxSplits: 1).map(String.init)
        guard let plan = try store.plan(id: parts[0]) else {
            return EvidenceItem(ref: ref, label: "\(ref.id) (plan removed)", target: nil)
        }
        let scope: String
        let focus: ScreenFocus?
        switch plan.scope {
        case .national:
            scope = "national"
            focus = nil
        case .region(let regionID):
            scope = try store.region(id: regionID)?.name ?? regionID
            focus = .region(regionID)
        }
        let detail: String
        switch ref.kind {
        case .objective:
            let code = parts.count > 1 ? parts[1] : ""
            detail = plan.objective(code).map { "#\($0.rank) \($0.title)" } ?? code
        case .tactic:
            let code = parts.count > 1 ? parts[1] : ""
            detail = plan.tactics.first { $0.code == code }?.title ?? code
        case .studySite:
            detail = try studySiteLabel(parts.count > 1 ? parts[1] : "", store: store)
        default:
            detail = "plan \(plan.period) (\(plan.status.rawValue))"
        }
        return EvidenceItem(ref: ref, label: "\(scope) \(plan.period): \(detail)", target: EvidenceTarget(screen: .plans, focus: focus))
    }

    /// "oncavia-301 at Klinikum Lechfeld" for a `study/institutionID` site key.
    private static func studySiteLabel(_ key: String, store: LiaisonStore) throws -> String {
        let parts = key.split(separator: "/", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return "site " + key }
        let study = parts[0].hasPrefix("study:") ? String(parts[0].dropFirst(6)) : parts[0]
        let institution = try store.institution(id: parts[1])?.name ?? parts[1]
        return "site \(study) at \(institution)"
    }
}
