import TerminalKit

/// `terminalkit-gallery --benchmark`: times the 200×60 render+diff and the unchanged-frame diff.
enum GalleryBenchmark {
    static func run(iterations: Int = 200) {
        let clock = ContinuousClock()
        var previous = TerminalKitBenchmarks.frame(variant: 0)
        var totalChanges = 0
        let changed = clock.measure {
            for iteration in 1...iterations {
                let result = TerminalKitBenchmarks.renderAndDiff(previous: previous, variant: iteration)
                previous = result.frame
                totalChanges += result.changes
            }
        }
        var unchangedCells = 0
        let unchanged = clock.measure {
            for _ in 0..<iterations { unchangedCells += TerminalKitBenchmarks.unchangedDiff(previous) }
        }
        var frame = previous
        let renderOnly = clock.measure {
            for iteration in 1...iterations { frame = TerminalKitBenchmarks.frame(variant: iteration) }
        }
        let other = TerminalKitBenchmarks.frame(variant: 1)
        var diffCells = 0
        let diffOnly = clock.measure {
            for _ in 0..<iterations { diffCells += frame.diff(from: other).count }
        }
        print("render only:                    \(renderOnly / iterations) per frame")
        print("diff only:                      \(diffOnly / iterations) per frame, \(diffCells / iterations) cells changed")
        print("render+diff 200×60 full change: \(changed / iterations) per frame, \(totalChanges / iterations) cells changed")
        print("diff of an unchanged frame:     \(unchanged / iterations) per frame, \(unchangedCells) cells changed")
    }
}
