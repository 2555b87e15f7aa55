import Foundation

/// Compact UTC date labels for tables and tiles.
enum DayFormat {
    /// `2026-11-20`.
    static func iso(_ date: Date) -> String {
        let parts = components(date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// `11-20` (month-day), for narrow columns.
    static func short(_ date: Date) -> String {
        let parts = components(date)
        return String(format: "%02d-%02d", parts.month ?? 0, parts.day ?? 0)
    }

    private static func components(_ date: Date) -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.dateComponents([.year, .month, .day], from: date)
    }
}
