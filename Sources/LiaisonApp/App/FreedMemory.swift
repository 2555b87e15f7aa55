import TerminalKit

/// Hands memory the process has freed back to the system (glibc keeps freed heap pages
/// otherwise), so the TUI's resident size follows what it holds: after the clash recompute
/// drops its loads, or a closed form its 20,000-HCP picker.
enum FreedMemory {
    /// Returns the freed heap pages now.
    static func release() {
        #if os(Linux)
        _ = glibcMallocTrim(0)
        #endif
    }

    /// `release()` as an effect, for `update`.
    static func releaseEffect() -> Effect<AppMessage> {
        .run {
            release()
            return nil
        }
    }
}

#if os(Linux)
/// glibc's `malloc_trim`, which the Glibc module does not export.
@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32
#endif
