import Foundation

/// Small text forms shared by the agenda, the minutes and the CLI.
public enum AgendaText {
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// `2027-01-15` (UTC).
    public static func day(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(parts.year!)-\(two(parts.month!))-\(two(parts.day!))"
    }

    /// One block character per value (▁…█), scaled to the largest value; all-zero input is
    /// a flat line.
    public static func sparkline(_ values: [Int]) -> String {
        let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        let top = values.max() ?? 0
        guard top > 0 else { return String(repeating: blocks[0], count: values.count) }
        return String(values.map { value in
            guard value > 0 else { return blocks[0] }
            return blocks[max(1, min(blocks.count - 1, value * (blocks.count - 1) / top))]
        })
    }
}
