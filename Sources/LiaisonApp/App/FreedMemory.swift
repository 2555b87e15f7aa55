import LiaisonStore
import TerminalKit

/// Hands memory the process no longer needs back to the system, so the TUI's resident size
/// follows what it holds: after the clash recompute drops its loads, or a form closes. SQLite's
/// page caches are emptied (they refill as screens read) and glibc's freed heap pages returned
/// (glibc keeps them otherwise).
enum FreedMemory {
    /// Releases `store`'s caches and the freed heap pages now.
    static func release(_ store: LiaisonStore) {
        store.releaseMemory()
        #if os(Linux)
        _ = glibcMallocTrim(0)
        #endif
    }

    /// `release(_:)` as an effect, for `update`.
    static func releaseEffect(_ store: LiaisonStore) -> Effect<AppMessage> {
        .run {
            release(store)
            return nil
        }
    }
}

#if os(Linux)
/// glibc's `malloc_trim`, which the Glibc module does not export.
@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32
#endif
