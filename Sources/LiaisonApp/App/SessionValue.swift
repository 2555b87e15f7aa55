import Foundation

/// A value read once per session, from whichever thread asks first (the background thread
/// right after start, or a screen that needs it before then). Two threads that both build it
/// keep the first one stored.
final class SessionValue<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value?

    /// The value when already built (never builds it).
    var cached: Value? {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }

    /// The value, built with `build` the first time.
    func value(_ build: () throws -> Value) rethrows -> Value {
        if let cached { return cached }
        let built = try build()
        lock.lock()
        defer { lock.unlock() }
        if let stored { return stored }
        stored = built
        return built
    }
}
