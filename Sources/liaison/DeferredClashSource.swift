import Foundation
import LiaisonCore
import LiaisonStore

/// The clashes of a store through a `ClashService` that is only built when clashes are first
/// asked for, at the moment asked for. Meeting commands that edit an existing meeting never
/// need clashes, so they never pay for computing them over the whole database.
final class DeferredClashSource: ClashSource, @unchecked Sendable {
    private let store: LiaisonStore
    private let settings: ClashSettings
    private let lock = NSLock()
    private var service: ClashService?

    /// A source over `store` with `settings`; nothing is computed yet.
    init(store: LiaisonStore, settings: ClashSettings) {
        self.store = store
        self.settings = settings
    }

    /// The clashes with their stored triage at `now`; the first call computes them at `now`,
    /// later calls only move the service's clock on.
    func clashStatuses(now: Date) throws -> [ClashStatus] {
        lock.lock()
        defer { lock.unlock() }
        if let service { return try service.clashStatuses(now: now) }
        let built = try ClashService(store: store, settings: settings, now: now)
        service = built
        return built.current()
    }
}
