import Foundation
import GRDB
import LiaisonCore

/// Keeps the current clashes of a store. It computes them once in full, then after each
/// write refreshes only the part of the snapshot the write touched (one `ThemeActivity` row,
/// one HCP's `TouchpointActivity`, one plan, one decision, one clash's triage) and lets
/// `ClashEngine.apply` re-evaluate only what that `DataChange` can affect. The result always
/// equals a full recompute at the same `now`.
///
/// Writes made through `ClashService+Writes` keep it current; a write made directly on the
/// store must be followed by the matching `…Changed` call. Thread-safe.
///
/// The clash list is stored compactly (`CompactClashList`) after every computation over
/// the whole snapshot, and the merged statuses of `current()` are kept until the next change,
/// so callers asking again (screens, `status(of:)` per evidence line) share one list.
public final class ClashService: @unchecked Sendable {
    /// The store the clashes are computed from.
    public let store: LiaisonStore
    /// Config, needle and role definitions in use.
    public let settings: ClashSettings
    private let engine: ClashEngine
    private let lock = NSLock()
    private var snapshot: ClashSnapshot
    private var clashList: [Clash]
    /// `ClashStatus.merge` of `clashList` and the snapshot's triage; nil after any change.
    private var mergedStatuses: [ClashStatus]?

    /// Computes every clash of `store` at `now`.
    public init(store: LiaisonStore, settings: ClashSettings, now: Date, engine: ClashEngine = ClashEngine()) throws {
        self.store = store
        self.settings = settings
        self.engine = engine
        snapshot = try store.clashSnapshot(now: now, settings: settings)
        clashList = CompactClashList.compacted(engine.evaluateAll(snapshot, config: settings.clashes))
    }

    /// The time the clashes are computed for.
    public var now: Date { locked { snapshot.now } }

    /// The snapshot behind the current clashes.
    public var currentSnapshot: ClashSnapshot { locked { snapshot } }

    /// The clashes the rules raise now, most severe first.
    public func clashes() -> [Clash] { locked { clashList } }

    /// The clash with `id`, if the rules raise it now.
    public func clash(id: String) -> Clash? { locked { clashList.first { $0.id == id } } }

    /// Current clashes merged with their triage, plus triaged clashes whose cause has gone
    /// (`resolvedByData`); see `ClashStatus.merge`.
    public func current() -> [ClashStatus] {
        locked { currentStatuses() }
    }

    /// The status of one clash id (current or triaged earlier), if known.
    public func status(of clashID: String) -> ClashStatus? {
        locked { currentStatuses().first { $0.clashID == clashID } }
    }

    /// The triage history of one clash, oldest first.
    public func triageHistory(of clashID: String) -> [ClashTriage] {
        locked { snapshot.triage.filter { $0.clashID == clashID } }
    }

    /// Recomputes everything from the store at `now` (default: the current `now`).
    public func recomputeAll(now: Date? = nil) throws {
        let fresh = try store.clashSnapshot(now: now ?? self.now, settings: settings)
        let clashes = CompactClashList.compacted(engine.evaluateAll(fresh, config: settings.clashes))
        locked {
            snapshot = fresh
            clashList = clashes
            mergedStatuses = nil
        }
    }

    /// Moves `now` on: recomputes the time-windowed aggregates and the time-dependent rules.
    public func advanceClock(to now: Date) throws {
        let (themes, touchpoints) = try store.read { db in
            (try ThemeActivityQuery.all(db, now: now, settings: settings.clashes.unaddressedSignal),
             try TouchpointActivityQuery.all(db, now: now, settings: settings.clashes.touchpointNoise))
        }
        apply(.clockAdvanced) { snapshot in
            snapshot.now = now
            snapshot.themeActivity = themes
            snapshot.touchpointActivity = touchpoints
        }
    }

    /// After an insight in `regionID` under `theme` was logged, edited, moved or removed.
    public func insightChanged(regionID: RegionID, theme: ThemeCode) throws {
        let now = self.now
        let row = try store.read { db in
            try ThemeActivityQuery.one(db, regionID: regionID, theme: theme, now: now, settings: settings.clashes.unaddressedSignal)
        }
        apply(.insightLogged(regionID: regionID, theme: theme)) { snapshot in
            snapshot.themeActivity.removeAll { $0.regionID == regionID && $0.theme == theme }
            if let row {
                let index = snapshot.themeActivity.firstIndex { ($0.regionID, $0.theme) > (regionID, theme) }
                snapshot.themeActivity.insert(row, at: index ?? snapshot.themeActivity.endIndex)
            }
        }
    }

    /// After a touchpoint of `hcpID` was logged, edited or removed.
    public func touchpointChanged(hcpID: HCPID) throws {
        let now = self.now
        let row = try store.read { db in
            try TouchpointActivityQuery.one(db, hcpID: hcpID, now: now, settings: settings.clashes.touchpointNoise)
        }
        apply(.touchpointLogged(hcpID: hcpID)) { snapshot in
            snapshot.touchpointActivity.removeAll { $0.hcpID == hcpID }
            if let row {
                let index = snapshot.touchpointActivity.firstIndex { $0.hcpID > hcpID }
                snapshot.touchpointActivity.insert(row, at: index ?? snapshot.touchpointActivity.endIndex)
            }
        }
    }

    /// After a plan was created, edited or deleted. A plan that moved to another scope needs
    /// `referenceDataChanged()` instead.
    public func planChanged(_ id: PlanID) throws {
        let plan = try store.plan(id: id)
        apply(.planChanged(id)) { snapshot in
            snapshot.plans.removeAll { $0.id == id }
            if let plan {
                let index = snapshot.plans.firstIndex { $0.id > id }
                snapshot.plans.insert(plan, at: index ?? snapshot.plans.endIndex)
            }
        }
    }

    /// After a decision was created, edited (stances, resolution, status) or deleted.
    public func decisionChanged(_ id: UUID) throws {
        let decision = try store.decision(id: id)
        apply(.decisionChanged(id)) { snapshot in
            snapshot.decisions.removeAll { $0.id == id }
            if let decision {
                let key = (decision.createdAt, decision.id.uuidString)
                let index = snapshot.decisions.firstIndex { ($0.createdAt, $0.id.uuidString) > key }
                snapshot.decisions.insert(decision, at: index ?? snapshot.decisions.endIndex)
            }
        }
    }

    /// After triage records were added for `clashID`. Records are only ever appended, so
    /// the new ones go where the store's order (time, then insertion) puts them: after every
    /// record of the same time or earlier.
    public func triageChanged(clashID: String) throws {
        let records = try store.triageRecords(clashID: clashID)
        apply(.triageChanged(clashID: clashID)) { snapshot in
            let known = snapshot.triage.filter { $0.clashID == clashID }.count
            for record in records.dropFirst(known) {
                let index = snapshot.triage.lastIndex { $0.at <= record.at }.map { $0 + 1 } ?? 0
                snapshot.triage.insert(record, at: index)
            }
        }
    }

    /// After regions, people, institutions, products, HCPs, roles or the taxonomy changed:
    /// reloads the snapshot and re-evaluates every rule that depends on reference data.
    public func referenceDataChanged() throws {
        let fresh = try store.clashSnapshot(now: now, settings: settings)
        apply(.referenceDataChanged) { snapshot in snapshot = fresh }
    }

    /// Updates the snapshot with `edit`, then the clashes with `change`; a change that
    /// re-evaluates rules over the whole snapshot compacts the list again.
    private func apply(_ change: DataChange, edit: (inout ClashSnapshot) -> Void) {
        locked {
            edit(&snapshot)
            engine.apply(change, to: &clashList, snapshot: snapshot, config: settings.clashes)
            switch change {
            case .clockAdvanced, .referenceDataChanged: clashList = CompactClashList.compacted(clashList)
            case .insightLogged, .touchpointLogged, .planChanged, .decisionChanged, .triageChanged: break
            }
            mergedStatuses = nil
        }
    }

    /// The merged statuses, computed on first use after a change; call with the lock held.
    private func currentStatuses() -> [ClashStatus] {
        if let mergedStatuses { return mergedStatuses }
        let merged = ClashStatus.merge(clashes: clashList, triage: snapshot.triage)
        mergedStatuses = merged
        return merged
    }

    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
