import Foundation
import LiaisonCore

/// The current clashes of a store, computed by `ClashEngine.evaluateAll` over a snapshot
/// built from a full dataset export (`ClashSnapshot(dataset:…)`).
///
/// This is the one seam between the meeting mode and clash computation: when the store
/// computes clashes itself (with stored triage), replace this type by one that asks the store,
/// and nothing else changes. Triage records are not stored yet, so every clash comes back
/// with its untriaged disposition (`open`).
public struct DatasetClashSource: ClashSource {
    public let store: LiaisonStore
    public let roles: RoleDefinitions
    public let config: ClashConfig
    public let needle: NeedleConfig

    /// Creates the source.
    public init(store: LiaisonStore, roles: RoleDefinitions, config: ClashConfig, needle: NeedleConfig = .defaults) {
        self.store = store
        self.roles = roles
        self.config = config
        self.needle = needle
    }

    /// Every current clash, most severe first, merged with the (empty) triage.
    public func clashStatuses(now: Date) throws -> [ClashStatus] {
        let snapshot = ClashSnapshot(
            dataset: try store.exportDataset(), now: now, roles: roles, themes: store.taxonomy.themes,
            config: config, needle: needle)
        return ClashStatus.merge(clashes: ClashEngine().evaluateAll(snapshot, config: config), triage: [])
    }
}

/// A fixed list of clash statuses, for tests and previews.
public struct FixedClashSource: ClashSource {
    public let statuses: [ClashStatus]

    /// Creates a source that always returns `statuses`.
    public init(_ statuses: [ClashStatus]) {
        self.statuses = statuses
    }

    /// The fixed statuses, whatever `now` is.
    public func clashStatuses(now: Date) throws -> [ClashStatus] { statuses }
}
