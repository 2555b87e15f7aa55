/// TerminalKit's render + diff of a full 200×60 frame, and of an unchanged frame.
///
/// The real TerminalKit (branch `tk`, with `TerminalKitBenchmarks.frame`, `renderAndDiff`
/// and `unchangedDiff`) is not merged into this branch: the module here is a placeholder
/// without a buffer, so the case reports itself as pending. When it lands, this function
/// times `TerminalKitBenchmarks.renderAndDiff(previous:variant:)` (alternating variants)
/// and `unchangedDiff(_:)`, `rounds × 200` frames each.
enum RenderCases {
    static func run(_ context: BenchContext) throws -> [CaseResult] {
        let reason = "TerminalKit's buffer and diff are not on this branch yet (placeholder module)"
        return [
            .skipped("render.full-frame", unit: "ms", reason: reason),
            .skipped("render.unchanged", unit: "ms", reason: reason),
        ]
    }
}
