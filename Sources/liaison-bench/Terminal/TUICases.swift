import Foundation

/// The TUI measured from outside, like a user would see it: `liaison --db FILE` in a
/// 200×60 pseudo-terminal. Each key is timed twice: `tui.key.*` to the first frame that
/// shows the key's effect (the app's response; the DESIGN.md target, p99 ≤ 10 ms, is
/// checked against it) and `tui.key.*.settled` to the last byte of the burst the key causes
/// (ended by 40 ms of quiet), which includes data that background loads started by the key
/// deliver later. `LIAISON_BENCH_KEYS=1` logs every journey key with its frame times and
/// the frame that answered it; `LIAISON_BENCH_KEYS=text` also the text of each frame.
enum TUICases {
    static let columns = 200
    static let rows = 60
    /// Person the TUI opens as (exists at every scale).
    static let person = "person:msl-0001"
    /// How long start-up (computing the clashes in the background) may take to go idle (ms).
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
        // The clashes are computed in the background after the first frame; at 200×60 the
        // dashboard has no line that changes when they are ready, so start-up ends when the
        // process goes idle. Journeys measure the settled TUI.
        let ready = waitUntilIdle(terminal)
        var journeys = JourneyTally()
        let trace = ProcessInfo.processInfo.environment["LIAISON_BENCH_KEYS"]
        for journey in KeyJourney.standard {
            press(journey.setup, on: terminal)
            var tally = JourneyTally()
            for key in journey.keys {
                let cpuBefore = terminal.cpuMilliseconds()
                let sent = terminal.elapsed
                terminal.send(key.bytes)
                let burst = terminal.readBurst(quiet: 40, frameGap: Self.frameGap, timeout: 2_000)
                let cpuAfter = terminal.cpuMilliseconds()
                let response = tally.add(
                    key: key, burst: burst, sent: sent, cpu: cpuBefore.flatMap { before in cpuAfter.map { $0 - before } })
                if let trace {
                    let frames = burst.frames.map { String(format: "%.1f", $0.lastByteAt - sent) }.joined(separator: ", ")
                    let answer = response.map { "frame \($0 + 1)" } ?? "none"
                    context.log("  \(journey.name) \(key.bytes.debugDescription): frames at [\(frames)] ms, \(burst.bytes) bytes, answered by \(answer)")
                    if trace == "text" {
                        for frame in burst.frames { context.log("    | \(frame.text.prefix(300))") }
                    }
                }
            }
            press(journey.teardown, on: terminal)
            journeys.merge(tally)
            results += tally.results(prefix: "tui.key.\(journey.name)")
        }
        guard terminal.isRunning else {
            throw BenchFailure("the TUI exited during the journeys; last output: \(terminal.tail())")
        }
        let memory = terminal.residentMegabytes()
        terminal.terminate()
        results.insert(contentsOf: journeys.results(prefix: "tui.key", target: true), at: 1)
        if let ready {
            results.append(.measured("tui.clashes-ready", unit: "ms", samples: [ready],
                                     note: "start to the TUI going idle (< \(Int(Self.idleCPU)) cpu-ms in \(Int(Self.idleWindow)) ms) after computing the clashes in the background; ±\(Int(Self.idleWindow)) ms"))
        }
        results.append(.measured("tui.memory", unit: "MB", samples: memory.map { [$0] } ?? [], target: "≤ 60 MB",
                                 met: { $0.max <= 60 }, note: "VmRSS after the journeys"))
        return results
    }

    /// A pause this long (ms) inside a key's output separates two frames.
    static let frameGap: Double = 4
    /// Start-up is over when the process uses less than `idleCPU` ms of CPU in `idleWindow` ms.
    static let idleCPU: Double = 5
    static let idleWindow: Double = 250

    /// Waits (at most `clashWait` ms) until the TUI uses almost no CPU, reading what it
    /// draws meanwhile; returns when (ms since start) its last busy window ended.
    private static func waitUntilIdle(_ terminal: PseudoTerminal) -> Double? {
        let deadline = terminal.elapsed + clashWait
        guard var cpu = terminal.cpuMilliseconds() else { return nil }
        while terminal.elapsed < deadline {
            let windowStart = terminal.elapsed
            _ = terminal.readUntilQuiet(quiet: idleWindow, timeout: idleWindow)
            let remaining = idleWindow - (terminal.elapsed - windowStart)
            if remaining > 0 { usleep(useconds_t(remaining * 1_000)) }
            guard let now = terminal.cpuMilliseconds() else { return nil }
            if now - cpu < idleCPU { return windowStart }
            cpu = now
        }
        return nil
    }

    /// Starts `executable` in a benchmark-sized terminal, its clock at the data's "now" (so the
    /// 30-day counts, the touchpoint lookback and the clashes hold what a user would see).
    static func launch(_ executable: URL, _ arguments: [String]) throws -> PseudoTerminal {
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = nil
        environment["LIAISON_NOW"] = ISO8601DateFormatter().string(from: BenchEnvironment.referenceNow)
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
