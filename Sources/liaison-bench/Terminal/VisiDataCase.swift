import Foundation

/// VisiData's time to its first frame on the same insights CSV, in the same terminal size,
/// as the peer of the TUI's first frame.
enum VisiDataCase {
    /// The VisiData result and its samples (empty when skipped).
    static func run(_ context: BenchContext) throws -> (result: CaseResult, samples: [Double]) {
        guard let visidata = executable() else {
            return (.skipped("visidata.first-frame", unit: "ms", reason: "VisiData is not installed (pip install visidata)"), [])
        }
        let csv = try context.insightsCSV()
        // Warm-up launch: Python compiles and caches VisiData's modules on first use.
        let warm = try TUICases.launch(visidata, [csv])
        _ = warm.readUntilQuiet(quiet: 300, timeout: 20_000)
        warm.terminate()
        var samples: [Double] = []
        for _ in 0..<(context.rounds * 3) {
            let terminal = try TUICases.launch(visidata, [csv])
            let frame = terminal.readUntilQuiet(quiet: 300, timeout: 20_000)
            if let time = frame.lastByteAt, terminal.isRunning { samples.append(time) }
            terminal.terminate()
        }
        let result = CaseResult.measured(
            "visidata.first-frame", unit: "ms", samples: samples,
            note: "`vd insights.csv` in a \(TUICases.columns)×\(TUICases.rows) pty; VisiData draws before it has read the whole file")
        return (result, samples)
    }

    /// `vd` on the PATH; a pyenv shim (a shell script that starts pyenv first) is resolved to
    /// the real script so its start-up is not counted against VisiData.
    private static func executable() -> URL? {
        guard let found = ExternalProgram.find("vd") ?? ExternalProgram.find("visidata") else { return nil }
        guard found.path.contains("/.pyenv/shims/"), let pyenv = ExternalProgram.find("pyenv"),
              let outcome = try? ExternalProgram.run(pyenv, ["which", found.lastPathComponent]), outcome.status == 0
        else { return found }
        let real = outcome.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        return FileManager.default.isExecutableFile(atPath: real) ? URL(fileURLWithPath: real) : found
    }
}
