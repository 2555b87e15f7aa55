import Foundation

/// An ISO 8601 week (Monday to Sunday, UTC), written `2027-W03`: the unit a weekly
/// meeting and its report belong to.
public struct MeetingWeek: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    /// The ISO week-numbering year (may differ from the calendar year around New Year).
    public let year: Int
    /// 1…52 or 53.
    public let week: Int
    /// Monday 00:00 UTC.
    public let start: Date

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// The week holding `date`.
    public init(containing date: Date) {
        let parts = Self.calendar.dateComponents([.yearForWeekOfYear, .weekOfYear], from: date)
        self.year = parts.yearForWeekOfYear!
        self.week = parts.weekOfYear!
        self.start = Self.calendar.date(from: DateComponents(
            weekday: 2, weekOfYear: parts.weekOfYear, yearForWeekOfYear: parts.yearForWeekOfYear))!
    }

    /// Parses `YYYY-Www` (e.g. `2027-W03`, also `2027-w3`).
    /// - Throws: `ValidationError` naming the text when it is not such a week.
    public init(parsing text: String) throws(ValidationError) {
        let pattern = /^(\d{4})-[Ww](\d{1,2})$/
        guard let match = text.wholeMatch(of: pattern), let year = Int(match.1), let week = Int(match.2) else {
            throw ValidationError(entity: "week", field: "week", reason: "'\(text)' is not an ISO week such as 2027-W03")
        }
        let components = DateComponents(weekday: 2, weekOfYear: week, yearForWeekOfYear: year)
        guard week >= 1, let start = Self.calendar.date(from: components),
              MeetingWeek(containing: start).week == week
        else {
            throw ValidationError(entity: "week", field: "week", reason: "\(year) has no week \(week)")
        }
        self.init(containing: start)
    }

    /// The first moment after the week (next Monday 00:00 UTC).
    public var end: Date { start.addingTimeInterval(7 * 86_400) }

    /// True when `date` falls inside the week.
    public func contains(_ date: Date) -> Bool { date >= start && date < end }

    /// The week `count` weeks later (negative for earlier).
    public func adding(weeks count: Int) -> MeetingWeek {
        MeetingWeek(containing: start.addingTimeInterval(Double(count * 7) * 86_400 + 3_600))
    }

    /// `2027-W03`.
    public var description: String {
        "\(year)-W" + (week < 10 ? "0\(week)" : "\(week)")
    }

    public static func < (lhs: MeetingWeek, rhs: MeetingWeek) -> Bool { lhs.start < rhs.start }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        try self.init(parsing: text)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
