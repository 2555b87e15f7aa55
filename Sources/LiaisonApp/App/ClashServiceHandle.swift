import Foundation
import LiaisonCore
import LiaisonStore

/// The session's `ClashService`, which the TUI computes in the background after drawing its
/// first frame (a full recompute takes seconds on a large database). Until it is ready the
/// screens say the clashes are being computed; writes made meanwhile go straight to the store
/// and leave their refresh here, and `compute` replays those refreshes on the new service
/// before handing it out, so no change is missed. Thread-safe.
public final class ClashServiceHandle: @unchecked Sendable {
    /// Where the computation stands.
    public enum Phase: Sendable {
        /// The full recompute is running.
        case computing
        /// The clashes are current.
        case ready(ClashService)
        /// The recompute failed; the reason, for the status bar.
        case failed(String)
    }

    /// A refresh to run on the service once it exists (e.g. `insightChanged`).
    public typealias Refresh = @Sendable (ClashService) throws -> Void

    /// Config, needle and role definitions, known before the clashes are.
    public let settings: ClashSettings
    private let condition = NSCondition()
    private var current: Phase
    private var pending: [Refresh] = []
    private var started = false

    /// A handle whose clashes are still to be computed with `compute(store:now:)`.
    public init(settings: ClashSettings) {
        self.settings = settings
        current = .computing
    }

    /// A handle holding an already computed service.
    public init(service: ClashService) {
        settings = service.settings
        current = .ready(service)
    }

    /// Where the computation stands now.
    public var phase: Phase { locked { current } }

    /// The service once its clashes are computed; nil while computing or after a failure.
    public var service: ClashService? {
        if case .ready(let service) = phase { return service }
        return nil
    }

    /// True while the full recompute runs.
    public var isComputing: Bool {
        if case .computing = phase { return true }
        return false
    }

    /// Computes every clash of `store` at `now`, replays the refreshes queued meanwhile and
    /// makes the service available. Only the first call computes; later ones (e.g. a screen
    /// that needs the clashes before the app started the computation) return at once.
    public func compute(store: LiaisonStore, now: Date) {
        let first: Bool = locked {
            guard case .computing = current, !started else { return false }
            started = true
            return true
        }
        guard first else { return }
        let built: ClashService
        do {
            built = try ClashService(store: store, settings: settings, now: now)
        } catch {
            locked {
                current = .failed("\(error)")
                pending = []
                condition.broadcast()
            }
            return
        }
        while true {
            let queued: [Refresh] = locked {
                if pending.isEmpty {
                    current = .ready(built)
                    condition.broadcast()
                }
                defer { pending = [] }
                return pending
            }
            if queued.isEmpty {
                FreedMemory.release(store)
                return
            }
            // The write behind each refresh is stored; a failed refresh only leaves the clashes
            // stale until the next reload, as when the service was ready.
            for refresh in queued { try? refresh(built) }
        }
    }

    /// Runs `refresh` on the service now when it is ready, or queues it for `compute` while
    /// the clashes are computed; dropped after a failed computation (there are no clashes
    /// to keep current).
    public func refresh(_ refresh: @escaping Refresh) throws {
        let service: ClashService? = locked {
            switch current {
            case .ready(let service): return service
            case .computing:
                pending.append(refresh)
                return nil
            case .failed: return nil
            }
        }
        if let service { try refresh(service) }
    }

    /// Blocks until the computation has ended (call it off the main thread, e.g. in an
    /// effect) and returns the service; nil when it failed.
    public func waitForService() -> ClashService? {
        condition.lock()
        defer { condition.unlock() }
        while case .computing = current { condition.wait() }
        if case .ready(let service) = current { return service }
        return nil
    }

    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        condition.lock()
        defer { condition.unlock() }
        return try body()
    }
}

