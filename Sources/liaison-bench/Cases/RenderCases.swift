import TerminalKit

/// TerminalKit's render + diff of a full 200×60 frame that changes completely, and the diff
/// of an unchanged frame (which must find nothing to write).
enum RenderCases {
    static func run(_ context: BenchContext) throws -> [CaseResult] {
        let frames = context.rounds * 200
        var previous = TerminalKitBenchmarks.frame(variant: 0)
        var full: [Double] = []
        for index in 1...frames {
            let watch = Stopwatch()
            previous = TerminalKitBenchmarks.renderAndDiff(previous: previous, variant: index % 2).frame
            full.append(watch.milliseconds)
        }
        var unchanged: [Double] = []
        var written = 0
        for _ in 0..<frames {
            let watch = Stopwatch()
            written += TerminalKitBenchmarks.unchangedDiff(previous)
            unchanged.append(watch.milliseconds)
        }
        return [
            .measured(
                "render.full-frame", unit: "ms", samples: full, target: "well under 1 ms", met: { $0.p99 < 1 },
                note: "200×60, every cell changes between frames"),
            .measured(
                "render.unchanged", unit: "ms", samples: unchanged, target: "writes nothing", met: { _ in written == 0 },
                note: "\(written) cells in \(frames) unchanged diffs"),
        ]
    }
}
