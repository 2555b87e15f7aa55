import Foundation
import LiaisonCore

/// Store writes that keep the clashes current: each one writes through the store's audited
/// transaction, then refreshes only what it touched.
extension ClashService {
    /// Logs a new insight (see `LiaisonStore.logInsight`).
    @discardableResult
    public func logInsight(_ insight: Insight, by person: PersonID) throws -> Insight {
        let saved = try store.logInsight(insight, by: person)
        try insightChanged(regionID: saved.regionID, theme: saved.theme)
        return saved
    }

    /// Runs a lifecycle action on an insight (see `LiaisonStore.perform`); archiving and
    /// submitting change what counts.
    @discardableResult
    public func perform(
        _ action: InsightAction, on id: UUID, by person: PersonID, link: InsightLink? = nil, parent: UUID? = nil
    ) throws -> Insight {
        let saved = try store.perform(action, on: id, by: person, link: link, parent: parent)
        try insightChanged(regionID: saved.regionID, theme: saved.theme)
        return saved
    }

    /// Records a touchpoint (see `LiaisonStore.insertTouchpoint`).
    public func insertTouchpoint(_ touchpoint: Touchpoint, by person: PersonID) throws {
        try store.insertTouchpoint(touchpoint, by: person)
        try touchpointChanged(hcpID: touchpoint.hcpID)
    }

    /// Creates or updates a plan; a plan that changed scope reloads the reference data.
    public func savePlan(_ plan: Plan, by person: PersonID) throws {
        let before = try store.plan(id: plan.id)
        try store.write(actor: person) { transaction in try transaction.upsert(plan) }
        if let before, before.scope != plan.scope {
            try referenceDataChanged()
        } else {
            try planChanged(plan.id)
        }
    }

    /// Creates or updates a decision (see `LiaisonStore.saveDecision`).
    public func saveDecision(_ decision: Decision, by person: PersonID) throws {
        try store.saveDecision(decision, by: person)
        try decisionChanged(decision.id)
    }

    /// Stores a triage record (see `LiaisonStore.triage`).
    public func triage(_ record: ClashTriage, by person: PersonID) throws {
        try store.triage(record, by: person)
        try triageChanged(clashID: record.clashID)
    }

    /// Escalates the current clash `clashID` into a prefilled decision (see
    /// `LiaisonStore.escalate`). Fails when the rules do not raise that clash now.
    public func escalate(
        clashID: String, title: String? = nil, topic: DecisionTopic? = nil, id: UUID = UUID(), by person: PersonID
    ) throws -> Decision {
        guard let clash = clash(id: clashID) else {
            throw StoreError.notFound(entity: "clash", id: clashID)
        }
        let decision = try store.escalate(clash, title: title, topic: topic, id: id, by: person)
        try decisionChanged(decision.id)
        try triageChanged(clashID: clashID)
        return decision
    }

    /// Records a stance (see `LiaisonStore.recordStance`).
    @discardableResult
    public func recordStance(
        _ position: StancePosition, note: String = "", of person: PersonID, on decisionID: UUID, by actor: PersonID
    ) throws -> Decision {
        let decision = try store.recordStance(position, note: note, of: person, on: decisionID, by: actor)
        try decisionChanged(decisionID)
        return decision
    }

    /// Resolves a decision with this service's role definitions (see `LiaisonStore.resolveDecision`).
    public func resolveDecision(_ id: UUID, _ resolution: DecisionResolution, by person: PersonID) throws -> RitualResult {
        let result = try store.resolveDecision(id, resolution, roles: settings.roles, by: person)
        try decisionChanged(id)
        for clashID in result.decision.clashIDs { try triageChanged(clashID: clashID) }
        return result
    }

    /// Reopens a decided decision (see `LiaisonStore.revisitDecision`).
    @discardableResult
    public func revisitDecision(_ id: UUID, note: String, by person: PersonID) throws -> Decision {
        let decision = try store.revisitDecision(id, note: note, by: person)
        try decisionChanged(id)
        for clashID in decision.clashIDs { try triageChanged(clashID: clashID) }
        return decision
    }
}
