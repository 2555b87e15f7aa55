import Foundation
import XCTest
@testable import LiaisonStore

final class ISODateTests: XCTestCase {
    private func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, _ second: Int = 0) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second))!
    }

    func testDateAloneIsMidnightUTC() {
        XCTAssertEqual(ISODate.parse("2026-03-14"), utc(2026, 3, 14))
        XCTAssertEqual(ISODate.parse("1969-12-31"), utc(1969, 12, 31))
        XCTAssertEqual(ISODate.parse("2024-02-29"), utc(2024, 2, 29))
    }

    func testDateTimesWithAndWithoutZones() {
        XCTAssertEqual(ISODate.parse("2026-03-14T09:30:00Z"), utc(2026, 3, 14, 9, 30))
        XCTAssertEqual(ISODate.parse("2026-03-14T09:30"), utc(2026, 3, 14, 9, 30))
        XCTAssertEqual(ISODate.parse("2026-03-14 09:30:15"), utc(2026, 3, 14, 9, 30, 15))
        XCTAssertEqual(ISODate.parse("2026-03-14T09:30:00+01:00"), utc(2026, 3, 14, 8, 30))
        XCTAssertEqual(ISODate.parse("2026-03-14T09:30:00-0230"), utc(2026, 3, 14, 12, 0))
        XCTAssertEqual(ISODate.parse("2026-03-14T09:30:00.250Z"), utc(2026, 3, 14, 9, 30).addingTimeInterval(0.25))
    }

    func testMalformedDatesAreRejected() {
        for text in ["", "2026-3-14", "2026-02-30", "2025-02-29", "2026-13-01", "14.03.2026", "2026-03-14T24:00",
                     "2026-03-14T09:60", "2026-03-14T09:30:00X", "2026-03-14T", "2026-03-14T09:30:00.", "tomorrow"] {
            XCTAssertNil(ISODate.parse(text), text)
        }
    }

    func testFormatRoundTrips() {
        let dates = [utc(2026, 3, 14, 9, 30), utc(1969, 7, 20, 20, 17, 40), utc(2024, 2, 29).addingTimeInterval(0.123)]
        XCTAssertEqual(ISODate.format(dates[0]), "2026-03-14T09:30:00Z")
        XCTAssertEqual(ISODate.format(dates[1]), "1969-07-20T20:17:40Z")
        XCTAssertEqual(ISODate.format(dates[2]), "2024-02-29T00:00:00.123Z")
        for date in dates {
            XCTAssertEqual(ISODate.parse(ISODate.format(date))!.timeIntervalSince1970, date.timeIntervalSince1970, accuracy: 0.0005)
        }
    }
}
