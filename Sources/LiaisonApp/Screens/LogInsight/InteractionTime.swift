import Foundation

/// Reads and writes the "When" field: `2026-11-20 14:30`, `2026-11-20`, `today 14:30`,
/// `yesterday 9:15`, `14:30` (today) or `now`, in the user's time zone.
struct InteractionTime: Sendable {
    /// The moment "now" and "today" refer to (when the form opened).
    let now: Date
    let timeZone: TimeZone

    /// What the field says when the text cannot be read.
    static let help = "use 2026-11-20 14:30, today 14:30, yesterday 9:15 or now"

    /// `2026-11-20 14:30`.
    func format(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0, parts.minute ?? 0)
    }

    /// The moment `text` names, or a reason it cannot be read or is in the future.
    func parse(_ text: String) -> Result<Date, TimeError> {
        let words = text.lowercased().split(separator: " ").map(String.init)
        guard let date = read(words) else { return .failure(TimeError(reason: "cannot read '\(text)': \(Self.help)")) }
        if date > now.addingTimeInterval(60) { return .failure(TimeError(reason: "\(format(date)) is in the future")) }
        return .success(date)
    }

    /// Why a time could not be used.
    struct TimeError: Error, Equatable, Sendable {
        let reason: String
    }

    private var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    private func read(_ words: [String]) -> Date? {
        switch words.count {
        case 1:
            if words[0] == "now" { return now }
            if let day = day(words[0]) { return day }
            return clock(words[0], on: calendar.startOfDay(for: now))
        case 2:
            guard let day = day(words[0]) else { return nil }
            return clock(words[1], on: day)
        default:
            return nil
        }
    }

    private func day(_ word: String) -> Date? {
        let today = calendar.startOfDay(for: now)
        switch word {
        case "today": return today
        case "yesterday": return calendar.date(byAdding: .day, value: -1, to: today)
        default:
            let parts = word.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 3, word.split(separator: "-").count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
            let components = DateComponents(year: parts[0], month: parts[1], day: parts[2])
            guard let date = calendar.date(from: components),
                  calendar.component(.day, from: date) == parts[2] else { return nil }
            return date
        }
    }

    private func clock(_ word: String, on day: Date) -> Date? {
        let parts = word.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]), parts[1].count == 2,
              (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        return calendar.date(byAdding: .minute, value: hour * 60 + minute, to: day)
    }
}
