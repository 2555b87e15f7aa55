import Foundation

/// Compact UTC date labels for tables and tiles.
enum DayFormat {
    /// `2026-11-20`.
    static func iso(_ date: Date) -> String {
        let (year, month, day) = civil(date)
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    /// `11-20` (month-day), for narrow columns.
    static func short(_ date: Date) -> String {
        let (_, month, day) = civil(date)
        return pad(month, 2) + "-" + pad(day, 2)
    }

    /// The UTC (proleptic Gregorian) year, month and day of `date`, by arithmetic: tables
    /// format a date per visible row on every frame, and a `Calendar` costs microseconds each.
    static func civil(_ date: Date) -> (year: Int, month: Int, day: Int) {
        let days = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
        // Howard Hinnant's days-to-civil, for days since 1970-01-01.
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// `value` with leading zeros to `digits` digits.
    private static func pad(_ value: Int, _ digits: Int) -> String {
        let text = String(value)
        return text.count >= digits ? text : String(repeating: "0", count: digits - text.count) + text
    }
}
