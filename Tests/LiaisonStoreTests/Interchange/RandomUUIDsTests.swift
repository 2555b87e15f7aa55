import Foundation
import XCTest
@testable import LiaisonStore

final class RandomUUIDsTests: XCTestCase {
    func testVersionFourAndDistinct() {
        let ids = RandomUUIDs()
        let made = (0..<10_000).map { _ in ids.next() }
        XCTAssertEqual(Set(made).count, made.count)
        for id in made.prefix(100) {
            let text = id.uuidString
            XCTAssertEqual(Array(text)[14], "4", text)
            XCTAssertTrue("89AB".contains(Array(text)[19]), text)
        }
        XCTAssertNotEqual(RandomUUIDs().next(), RandomUUIDs().next())
    }
}
