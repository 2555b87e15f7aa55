import Foundation
import LiaisonCore

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

    /// The UTC year, month and day of `date`: tables format a date per visible row on every
    /// frame, and a `Calendar` costs microseconds each.
    static func civil(_ date: Date) -> (year: Int, month: Int, day: Int) {
        CivilDate.civil(fromDays: Int64((date.timeIntervalSince1970 / 86_400).rounded(.down)))
    }

    /// `value` with leading zeros to `digits` digits.
    private static func pad(_ value: Int, _ digits: Int) -> String {
        let text = String(value)
        return text.count >= digits ? text : String(repeating: "0", count: digits - text.count) + text
    }
}
