import Foundation

/// Wall-clock time since creation, from the monotonic clock.
struct Stopwatch {
    private let start = DispatchTime.now().uptimeNanoseconds

    /// Elapsed seconds.
    var seconds: Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }

    /// Elapsed milliseconds.
    var milliseconds: Double { seconds * 1_000 }

    /// Elapsed time as "1.23 s".
    func format() -> String { String(format: "%.2f s", seconds) }

    /// Times `body` in milliseconds.
    static func time(_ body: () throws -> Void) rethrows -> Double {
        let watch = Stopwatch()
        try body()
        return watch.milliseconds
    }
}
