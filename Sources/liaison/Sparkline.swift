/// A row of block characters (▁▂▃▄▅▆▇█) showing counts over time.
enum Sparkline {
    private static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// One block per value, scaled to the largest value; any non-zero value rises above
    /// the floor, and all-zero input is a flat line.
    static func render(_ values: [Int]) -> String {
        let top = values.max() ?? 0
        guard top > 0 else { return String(repeating: blocks[0], count: values.count) }
        return String(values.map { value in
            guard value > 0 else { return blocks[0] }
            return blocks[max(1, min(blocks.count - 1, value * (blocks.count - 1) / top))]
        })
    }
}
