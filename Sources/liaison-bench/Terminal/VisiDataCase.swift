import Foundation

/// VisiData's time to its first frame on the same insights CSV, in the same terminal size,
/// as the peer of the TUI's first frame.
enum VisiDataCase {
    /// The VisiData result and its samples (empty when skipped).
    static func run(_ context: BenchContext) throws -> (result: CaseResult, samples: [Double]) {
        guard let visidata = ExternalProgram.find("vd") ?? ExternalProgram.find("visidata") else {
            return (.skipped("visidata.first-frame", unit: "ms", reason: "VisiData is not installed (pip install visidata)"), [])
        }
        let csv = try context.insightsCSV()
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
}
