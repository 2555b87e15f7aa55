import Foundation
import LiaisonCore
import LiaisonStore

/// Reads what the presenter shows of an agenda item: the records behind its evidence ids,
/// named, and the decision and clash the ritual and triage act on. Synchronous; the
/// presenter calls it inside effects, tests call it directly.
public enum PresenterLoader {
    /// The data of `item`.
    public static func item(_ item: AgendaItem, env: AppEnvironment) throws -> PresenterItemData {
        let store = env.store
        let service = env.clashes
        let clash = clashID(of: item).flatMap { service?.status(of: $0) }
        var decision: Decision?
        if let id = decisionID(of: item, clash: clash) { decision = try store.decision(id: id) }
        let shown = item.evidence.filter { $0 != item.reference }
        var lines: [PresenterEvidenceLine] = []
        for text in shown.prefix(PresenterItemData.evidenceLimit) {
            lines.append(try line(text, store: store, service: service))
        }
        var people: [PersonID: String] = [:]
        let mentioned = Set((decision?.stances.map(\.personID) ?? []) + [decision?.decidedBy].compactMap { $0 })
        for id in mentioned { people[id] = try store.person(id: id)?.name }
        return PresenterItemData(
            itemID: item.id, evidence: lines, moreEvidence: max(0, shown.count - PresenterItemData.evidenceLimit),
            decision: decision, clash: clash, people: people)
    }

    /// The clash a clash or escalation item is about (its reference).
    static func clashID(of item: AgendaItem) -> String? {
        switch item.kind {
        case .clash, .escalation: item.reference
        default: nil
        }
    }

    /// The decision a decision item is about, or the one an escalation led to.
    static func decisionID(of item: AgendaItem, clash: ClashStatus?) -> UUID? {
        switch item.kind {
        case .decision: return item.reference.flatMap(UUID.init(uuidString:))
        case .escalation:
            return clash?.triage?.decisionID ?? item.evidence.lazy.compactMap(UUID.init(uuidString:)).first
        default: return nil
        }
    }

    /// One evidence id as a labelled line: a clash id, a decision, insight or action UUID, an
    /// evidence reference (`insight:…`, `hcp:…`, `institution:inst:…`), a region or a person.
    static func line(_ text: String, store: LiaisonStore, service: ClashService?) throws -> PresenterEvidenceLine {
        if let status = service?.status(of: text) {
            let label = status.clash.map { "\($0.level.rawValue) \($0.severity) · \($0.subject.label)" } ?? "\(text) (no longer computes)"
            return PresenterEvidenceLine(label: status.clash?.kind.label ?? "Clash", text: label)
        }
        if let id = UUID(uuidString: text) {
            if let decision = try store.decision(id: id) {
                return PresenterEvidenceLine(label: "Decision", text: "\(decision.title) (\(decision.status.rawValue))")
            }
            if let insight = try store.insight(id: id) {
                return PresenterEvidenceLine(label: "Insight", text: "\(DayFormat.iso(insight.interactionAt)) \(insight.whatWasSaid)")
            }
            if let meeting = try store.meeting(id: id) {
                return PresenterEvidenceLine(label: "Meeting", text: meeting.week ?? DayFormat.iso(meeting.date))
            }
            if let action = try? store.action(matching: text) {
                let owner = try store.person(id: action.action.ownerID)?.name ?? action.action.ownerID
                return PresenterEvidenceLine(
                    label: "Action", text: "\(action.action.title) — \(owner), due \(DayFormat.iso(action.action.due))")
            }
            return PresenterEvidenceLine(label: "Record", text: "\(text) (removed)")
        }
        if let ref = reference(text) {
            let item = try ClashesLoader.item(ref, store: store)
            return PresenterEvidenceLine(label: label(ref.kind), text: item.label)
        }
        if let region = try store.region(id: text) { return PresenterEvidenceLine(label: "Region", text: region.name) }
        if let person = try store.person(id: text) { return PresenterEvidenceLine(label: "Person", text: person.name) }
        return PresenterEvidenceLine(label: "Record", text: text)
    }

    /// `kind:id` as an evidence reference. HCP and plan ids carry their kind as a prefix
    /// already (`hcp:…`, `plan:…`), so the whole text is their id.
    static func reference(_ text: String) -> EvidenceRef? {
        guard let colon = text.firstIndex(of: ":"), let kind = EvidenceRef.Kind(rawValue: String(text[..<colon])) else { return nil }
        let id = kind == .hcp || kind == .plan ? text : String(text[text.index(after: colon)...])
        return EvidenceRef(kind, id)
    }

    /// "Insight", "Study site", …
    static func label(_ kind: EvidenceRef.Kind) -> String {
        switch kind {
        case .insight: "Insight"
        case .objective: "Objective"
        case .tactic: "Tactic"
        case .studySite: "Study site"
        case .institution: "Institution"
        case .hcp: "HCP"
        case .decision: "Decision"
        case .plan: "Plan"
        case .touchpoint: "Touchpoint"
        }
    }
}
