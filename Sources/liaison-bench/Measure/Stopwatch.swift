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

    /// CPU time (user + system) this process has used so far, in milliseconds.
    static func processCPUMilliseconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1_000 + Double(time.tv_nsec) / 1e6
    }

    /// Times `body`: wall and process CPU milliseconds.
    static func timeWithCPU(_ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
        let cpu = processCPUMilliseconds()
        let watch = Stopwatch()
        try body()
        return (watch.milliseconds, processCPUMilliseconds() - cpu)
    }
}
