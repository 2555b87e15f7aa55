/// Order statistics of a set of samples.
struct Summary: Codable, Equatable, Sendable {
    var count: Int
    var min: Double
    var p50: Double
    var p99: Double
    var max: Double

    /// Summarises `samples` (nearest-rank percentiles); nil when there are none.
    init?(_ samples: [Double]) {
        guard !samples.isEmpty else { return nil }
        let sorted = samples.sorted()
        func rank(_ percent: Double) -> Double {
            let index = Int((percent / 100 * Double(sorted.count)).rounded(.up)) - 1
            return sorted[Swift.max(0, Swift.min(sorted.count - 1, index))]
        }
        count = sorted.count
        min = sorted[0]
        p50 = rank(50)
        p99 = rank(99)
        max = sorted[sorted.count - 1]
    }
}
