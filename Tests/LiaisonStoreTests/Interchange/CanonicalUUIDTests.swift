import Foundation
import XCTest
@testable import LiaisonStore

final class CanonicalUUIDTests: XCTestCase {
    func testFormatIsUUIDString() {
        let generator = RandomUUIDs()
        for uuid in (0..<500).map({ _ in generator.next() }) + [UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))] {
            XCTAssertEqual(CanonicalUUID.format(uuid), uuid.uuidString)
        }
        XCTAssertEqual(
            CanonicalUUID.format(UUID(uuid: (0xFF, 0xEE, 0xDD, 0xCC, 0xBB, 0xAA, 0x99, 0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11, 0x00))),
            "FFEEDDCC-BBAA-9988-7766-554433221100")
    }

    func testParseAcceptsWhatFoundationAccepts() {
        let generator = RandomUUIDs()
        for uuid in (0..<500).map({ _ in generator.next() }) {
            XCTAssertEqual(CanonicalUUID.parse(uuid.uuidString), uuid)
            XCTAssertEqual(CanonicalUUID.parse(uuid.uuidString.lowercased()), uuid)
        }
        let odd = [
            "", "not a uuid", "00000000-0000-4000-8000-00000000000", "00000000-0000-4000-8000-0000000000000",
            "00000000-0000-4000-8000_000000000000", "0000000g-0000-4000-8000-000000000000", "000000000000-4000-8000-000000000000",
            "{00000000-0000-4000-8000-000000000000}", "00000000-0000-4000-8000-00000000000é", "aBcDeF01-2345-6789-AbCd-Ef0123456789",
        ]
        for text in odd {
            XCTAssertEqual(CanonicalUUID.parse(text), UUID(uuidString: text), text)
        }
    }
}
