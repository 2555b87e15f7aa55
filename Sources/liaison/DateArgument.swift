import ArgumentParser
import Foundation
import LiaisonStore

/// A point in time given on the command line: `2027-03-01` (midnight UTC),
/// `2027-03-01T09:30:00Z` or any ISO 8601 form the CSV import reads, `today`, or an age such
/// as `30d` / `12w` (that long before now).
struct DateArgument: ExpressibleByArgument {
    var date: Date

    init?(argument: String) {
        guard let date = Self.parse(argument, now: Date()) else { return nil }
        self.date = date
    }

    /// Parses the forms listed on the type; nil when the text is none of them.
    static func parse(_ text: String, now: Date) -> Date? {
        let day: TimeInterval = 86_400
        if text == "today" {
            return Date(timeIntervalSince1970: (now.timeIntervalSince1970 / day).rounded(.down) * day)
        }
        if let match = text.wholeMatch(of: /(\d+)([dw])/), let amount = Int(match.1) {
            return now.addingTimeInterval(-Double(match.2 == "w" ? amount * 7 : amount) * day)
        }
        return ISODate.parse(text)
    }
}
