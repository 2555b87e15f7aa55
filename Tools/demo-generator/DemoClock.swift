import Foundation

/// The fixed "today" of the demo and date arithmetic around it, in UTC. The generator never
/// reads the system clock.
enum DemoClock {
    /// 2026-11-20T16:00:00Z, a Friday afternoon.
    static let anchor = Date(timeIntervalSince1970: 1_795_190_400)

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// Midnight UTC `days` days before the anchor's date.
    static func day(_ daysBefore: Int) -> Date {
        let midnight = calendar.startOfDay(for: anchor)
        return midnight.addingTimeInterval(-Double(daysBefore) * 86_400)
    }

    /// `daysBefore` days before the anchor's date at `hour:minute` UTC.
    static func at(_ daysBefore: Int, hour: Int, minute: Int = 0) -> Date {
        day(daysBefore).addingTimeInterval(Double(hour * 3_600 + minute * 60))
    }

    /// A calendar date at `hour` UTC, e.g. `date(2027, 3, 31)`.
    static func date(_ year: Int, _ month: Int, _ day: Int, hour: Int = 9) -> Date {
        calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour))!
    }

    /// 1 = Sunday … 7 = Saturday.
    static func weekday(of date: Date) -> Int {
        calendar.component(.weekday, from: date)
    }

    /// 1…12.
    static func month(of date: Date) -> Int {
        calendar.component(.month, from: date)
    }

    /// Whole days from `date` to the anchor.
    static func age(of date: Date) -> Int {
        Int(anchor.timeIntervalSince(date) / 86_400)
    }
}
