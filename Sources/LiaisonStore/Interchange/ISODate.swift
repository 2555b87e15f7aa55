import Foundation
import LiaisonCore

/// Fast ISO 8601 dates for CSV: `2026-03-14`, `2026-03-14T09:30`, `2026-03-14T09:30:00`,
/// `2026-03-14 09:30:00.250+01:00`, `…Z`. A date alone is midnight UTC; a time without a zone
/// is UTC. Works on bytes (no formatter), so a million rows parse in well under a second.
public enum ISODate {
    /// The date `text` names, or nil when it is not an ISO 8601 date or date-time.
    public static func parse(_ text: String) -> Date? {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { parse(bytes: $0) } ?? nil
    }

    /// `2026-03-14T09:30:00Z`, with `.250` milliseconds only when there are any.
    public static func format(_ date: Date) -> String {
        let totalMilliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let (seconds, milliseconds) = floorDivide(totalMilliseconds, 1000)
        let (days, secondOfDay) = floorDivide(seconds, 86_400)
        let (year, month, day) = CivilDate.civil(fromDays: days)
        var text = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
        text += "T" + pad(secondOfDay / 3600, 2) + ":" + pad(secondOfDay / 60 % 60, 2) + ":" + pad(secondOfDay % 60, 2)
        if milliseconds != 0 { text += "." + pad(milliseconds, 3) }
        return text + "Z"
    }

    private static func parse(bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        var cursor = Cursor(bytes: bytes)
        guard let year = cursor.digits(4), cursor.take("-"), let month = cursor.digits(2), cursor.take("-"),
              let day = cursor.digits(2) else { return nil }
        guard (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day) else { return nil }
        var secondOfDay = 0
        var fraction = 0.0
        var offsetSeconds = 0
        if !cursor.atEnd {
            guard cursor.take("T") || cursor.take("t") || cursor.take(" "),
                  let hour = cursor.digits(2), cursor.take(":"), let minute = cursor.digits(2),
                  hour < 24, minute < 60 else { return nil }
            var second = 0
            if cursor.take(":") {
                guard let value = cursor.digits(2), value < 60 else { return nil }
                second = value
                if cursor.take(".") || cursor.take(",") {
                    var scale = 0.1
                    var count = 0
                    while let digit = cursor.digit() {
                        fraction += Double(digit) * scale
                        scale /= 10
                        count += 1
                    }
                    guard count > 0 else { return nil }
                }
            }
            secondOfDay = hour * 3600 + minute * 60 + second
            if cursor.take("Z") || cursor.take("z") {
            } else if !cursor.atEnd {
                let sign: Int
                if cursor.take("+") { sign = 1 } else if cursor.take("-") { sign = -1 } else { return nil }
                guard let offsetHours = cursor.digits(2), offsetHours < 24 else { return nil }
                _ = cursor.take(":")
                guard let offsetMinutes = cursor.digits(2), offsetMinutes < 60 else { return nil }
                offsetSeconds = sign * (offsetHours * 3600 + offsetMinutes * 60)
            }
        }
        guard cursor.atEnd else { return nil }
        let seconds = CivilDate.days(fromYear: year, month: month, day: day) * 86_400 + Int64(secondOfDay - offsetSeconds)
        let milliseconds = (fraction * 1000).rounded()
        return Date(timeIntervalSince1970: Double(seconds) + milliseconds / 1000)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func floorDivide(_ value: Int64, _ divisor: Int64) -> (Int64, Int) {
        var quotient = value / divisor
        var remainder = value % divisor
        if remainder < 0 {
            quotient -= 1
            remainder += divisor
        }
        return (quotient, Int(remainder))
    }

    private static func pad(_ value: some BinaryInteger, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// Reads ASCII digits and marks from the front of a byte buffer.
    private struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        var atEnd: Bool { index == bytes.count }

        mutating func take(_ mark: Unicode.Scalar) -> Bool {
            guard index < bytes.count, bytes[index] == UInt8(ascii: mark) else { return false }
            index += 1
            return true
        }

        mutating func digit() -> Int? {
            guard index < bytes.count, (0x30...0x39).contains(bytes[index]) else { return nil }
            defer { index += 1 }
            return Int(bytes[index] - 0x30)
        }

        mutating func digits(_ count: Int) -> Int? {
            var value = 0
            for _ in 0..<count {
                guard let digit = digit() else { return nil }
                value = value * 10 + digit
            }
            return value
        }
    }
}
