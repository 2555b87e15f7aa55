import Foundation
import LiaisonCore
import XCTest

/// Day arithmetic agrees with Foundation's Gregorian calendar, both ways, across leap years
/// and before 1970 (back to 1586: Foundation switches to the Julian calendar before 1582).
final class CivilDateTests: XCTestCase {
    func testAgreesWithTheGregorianCalendar() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        for days in stride(from: Int64(-140_000), through: 800_000, by: 997) + [0, -1, 11_016, 11_017, 19_782] {
            let date = Date(timeIntervalSince1970: Double(days) * 86_400)
            let expected = calendar.dateComponents([.year, .month, .day], from: date)
            let civil = CivilDate.civil(fromDays: days)
            XCTAssertEqual([civil.year, civil.month, civil.day], [expected.year!, expected.month!, expected.day!], "day \(days)")
            XCTAssertEqual(CivilDate.days(fromYear: civil.year, month: civil.month, day: civil.day), days)
        }
    }

    func testLeapDays() {
        XCTAssertEqual(CivilDate.days(fromYear: 2000, month: 3, day: 1) - CivilDate.days(fromYear: 2000, month: 2, day: 28), 2)
        XCTAssertEqual(CivilDate.days(fromYear: 1900, month: 3, day: 1) - CivilDate.days(fromYear: 1900, month: 2, day: 28), 1)
    }
}
