import Foundation
import XCTest
@testable import LiaisonStore

/// The fast UUID parser agrees with Foundation's and rejects what the store rejects.
final class UUIDTextTests: XCTestCase {
    func testCanonicalTextInEitherCaseParsesLikeFoundation() throws {
        for _ in 0..<50 {
            let id = UUID()
            XCTAssertEqual(try UUIDText.uuid(id.uuidString, entity: "test"), id)
            XCTAssertEqual(try UUIDText.uuid(id.uuidString.lowercased(), entity: "test"), id)
        }
    }

    func testMalformedTextFailsNamingTheEntity() {
        for text in ["", "not-a-uuid", "B1CB3EE0-8B53-4D97-8EEC-DDFC66AB4DCG", "B1CB3EE08B53-4D97-8EEC-DDFC66AB4DC8-"] {
            XCTAssertThrowsError(try UUIDText.uuid(text, entity: "touchpoint")) { error in
                XCTAssertTrue(String(describing: error).contains("touchpoint"), "\(error)")
            }
        }
    }
}
