import ArgumentParser
import Foundation

/// A point in time given on the command line: `2027-03-01`, `2027-03-01T09:30:00Z`,
/// `today`, or an age such as `30d` / `12w` (that long before now).
struct DateArgument: ExpressibleByArgument {
    var date: Date

    init?(argument: String) {
        guard let date = Self.parse(argument, now: Date()) else { return nil }
        self.date = date
    }

    static var defaultCompletionKind: CompletionKind { .default }

    /// Parses the forms listed on the type, in UTC; nil when the text is none of them.
    static func parse(_ text: String, now: Date) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        if text == "today" { return calendar.startOfDay(for: now) }
        if let match = text.wholeMatch(of: /(\d+)([dw])/), let amount = Int(match.1) {
            let days = match.2 == "w" ? amount * 7 : amount
            return calendar.date(byAdding: .day, value: -days, to: now)
        }
        if let match = text.wholeMatch(of: /(\d{4})-(\d{2})-(\d{2})/) {
            let parts = DateComponents(year: Int(match.1), month: Int(match.2), day: Int(match.3))
            guard let date = calendar.date(from: parts),
                calendar.dateComponents([.year, .month, .day], from: date) == parts
            else { return nil }
            return date
        }
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }
}
