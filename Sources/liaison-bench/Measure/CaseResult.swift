/// The outcome of one measurement: its samples' summary, the peer it is compared with, and
/// whether DESIGN.md's target holds. A skipped case has no summary and says why in `note`.
struct CaseResult: Codable, Sendable {
    /// Stable name, e.g. `search.relevance`.
    var name: String
    /// What a sample is: `ms`, `rows/s` or `MB`.
    var unit: String
    var summary: Summary?
    /// The peer measured in the same run (e.g. `sqlite3 CLI`), if any.
    var peer: String?
    var peerSummary: Summary?
    /// Ours divided by the peer's, on p50 (for rates: the peer's rate divided by ours, so
    /// above 1 always means slower than the peer).
    var ratio: Double?
    /// The target in words, e.g. `p99 ≤ 60 ms`.
    var target: String?
    /// Whether the target holds; nil when the case has no target or was skipped.
    var met: Bool?
    var note: String?

    /// A measured case.
    static func measured(
        _ name: String, unit: String, samples: [Double], target: String? = nil, met: ((Summary) -> Bool)? = nil,
        note: String? = nil
    ) -> CaseResult {
        let summary = Summary(samples)
        return CaseResult(
            name: name, unit: unit, summary: summary, target: target,
            met: summary.flatMap { summary in met.map { $0(summary) } }, note: note)
    }

    /// A case that could not run here, with the reason.
    static func skipped(_ name: String, unit: String, target: String? = nil, reason: String) -> CaseResult {
        CaseResult(name: name, unit: unit, target: target, note: "skipped: \(reason)")
    }

    /// This result compared with `peer`'s samples; `higherIsBetter` for rates.
    func compared(with peer: String, samples: [Double], higherIsBetter: Bool = false) -> CaseResult {
        var result = self
        result.peer = peer
        result.peerSummary = Summary(samples)
        if let ours = summary?.p50, let theirs = result.peerSummary?.p50, ours > 0, theirs > 0 {
            result.ratio = higherIsBetter ? theirs / ours : ours / theirs
        }
        return result
    }
}
