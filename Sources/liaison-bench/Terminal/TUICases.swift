import Foundation

/// The TUI measured from outside, like a user would see it: `liaison --db FILE` in a
/// 200×60 pseudo-terminal. A frame is the burst of output that follows a key, ended by a
/// quiet period; its time is that of its last byte. `LIAISON_BENCH_KEYS=1` logs every
/// journey key with its frame time.
enum TUICases {
    static let columns = 200
    static let rows = 60
    /// Person the TUI opens as (exists at every scale).
    static let person = "person:msl-0001"
    /// How long start-up may take to show the clashes computed in the background (ms).
    static let clashWait: Double = 8_000

    static func run(_ context: BenchContext) throws -> [CaseResult] {
        let names = ["tui.first-frame", "tui.key", "tui.memory"]
        guard let liaison = context.liaison else {
            return names.map { .skipped($0, unit: $0 == "tui.memory" ? "MB" : "ms", reason: "no liaison binary next to liaison-bench") }
        }
        let arguments = ["--db", context.database, "--as", person]
        var firstFrames: [Double] = []
        for _ in 0..<(context.rounds * 3) {
            let terminal = try launch(liaison, arguments)
            let frame = terminal.readUntilQuiet(quiet: 300, timeout: 10_000)
            guard terminal.isRunning, frame.bytes > 0, let time = frame.lastByteAt else {
                let reason = "`liaison --db FILE` on a terminal did not stay open (the TUI is not on this branch yet?); last output: \(terminal.tail(200))"
                return names.map { .skipped($0, unit: $0 == "tui.memory" ? "MB" : "ms", reason: reason) }
            }
            firstFrames.append(time)
            terminal.terminate()
        }
        var results: [CaseResult] = [
            .measured("tui.first-frame", unit: "ms", samples: firstFrames, target: "≤ 150 ms", met: { $0.p50 <= 150 }),
        ]
        let terminal = try launch(liaison, arguments)
        _ = terminal.readUntilQuiet(quiet: 300, timeout: 10_000)
        // The clashes are computed in the background after the first frame; the frame that
        // shows them ends start-up. Journeys measure the settled TUI.
        let settled = terminal.readUntilQuiet(quiet: 300, timeout: Self.clashWait)
        var all: [Double] = []
        var allCPU: [Double] = []
        var silent = 0
        let traceKeys = ProcessInfo.processInfo.environment["LIAISON_BENCH_KEYS"] != nil
        for journey in KeyJourney.standard {
            press(journey.setup, on: terminal)
            var samples: [Double] = []
            var cpu: [Double] = []
            for key in journey.keys {
                let cpuBefore = terminal.cpuMilliseconds()
                let sent = terminal.elapsed
                terminal.send(key)
                let frame = terminal.readUntilQuiet(quiet: 40, timeout: 2_000)
                if let last = frame.lastByteAt { samples.append(last - sent) } else { silent += 1 }
                // A thread that ends takes its time out of the sum: such a key is not counted.
                if let before = cpuBefore, let after = terminal.cpuMilliseconds(), after >= before { cpu.append(after - before) }
                if traceKeys {
                    let time = frame.lastByteAt.map { String(format: "%.1f ms", $0 - sent) } ?? "no frame"
                    context.log("  \(journey.name) \(key.debugDescription): \(time), \(frame.bytes) bytes")
                }
            }
            press(journey.teardown, on: terminal)
            all += samples
            results.append(.measured("tui.key.\(journey.name)", unit: "ms", samples: samples))
            allCPU += cpu
            results.append(.measured("tui.key.\(journey.name).cpu", unit: "cpu-ms", samples: cpu))
        }
        guard terminal.isRunning else {
            throw BenchFailure("the TUI exited during the journeys; last output: \(terminal.tail())")
        }
        let memory = terminal.residentMegabytes()
        terminal.terminate()
        results.insert(
            .measured("tui.key", unit: "ms", samples: all, target: "p99 ≤ 10 ms", met: { $0.p99 <= 10 },
                      note: silent > 0 ? "\(silent) keys drew nothing (not counted)" : nil), at: 1)
        results.insert(
            .measured("tui.key.cpu", unit: "cpu-ms", samples: allCPU,
                      note: "TUI process CPU per key (update, view, diff, write and the loads it starts), steady on a busy machine"), at: 2)
        if let ready = settled.lastByteAt {
            results.append(.measured("tui.clashes-ready", unit: "ms", samples: [ready],
                                     note: "start to the frame showing the clashes computed in the background"))
        }
        results.append(.measured("tui.memory", unit: "MB", samples: memory.map { [$0] } ?? [], target: "≤ 60 MB",
                                 met: { $0.max <= 60 }, note: "VmRSS after the journeys"))
        return results
    }

    /// Starts `executable` in a benchmark-sized terminal.
    static func launch(_ executable: URL, _ arguments: [String]) throws -> PseudoTerminal {
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = nil
        return try PseudoTerminal(
            executable: executable.path, arguments: arguments, columns: columns, rows: rows, environment: environment)
    }

    private static func press(_ keys: [String], on terminal: PseudoTerminal) {
        for key in keys {
            terminal.send(key)
            _ = terminal.readUntilQuiet(quiet: 60, timeout: 2_000)
        }
    }
}
