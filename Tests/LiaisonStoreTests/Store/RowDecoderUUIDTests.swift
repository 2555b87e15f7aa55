import Foundation
import XCTest
@testable import LiaisonStore

/// UUID columns parse like Foundation (through the fast canonical path) and a malformed one
/// fails naming its entity.
final class RowDecoderUUIDTests: XCTestCase {
    func testCanonicalTextInEitherCaseParsesLikeFoundation() throws {
        for _ in 0..<50 {
            let id = UUID()
            XCTAssertEqual(try RowDecoder.uuid(id.uuidString, entity: "test"), id)
            XCTAssertEqual(try RowDecoder.uuid(id.uuidString.lowercased(), entity: "test"), id)
        }
    }

    func testMalformedTextFailsNamingTheEntity() {
        for text in ["", "not-a-uuid", "B1CB3EE0-8B53-4D97-8EEC-DDFC66AB4DCG", "B1CB3EE08B53-4D97-8EEC-DDFC66AB4DC8-"] {
            XCTAssertThrowsError(try RowDecoder.uuid(text, entity: "touchpoint")) { error in
                XCTAssertTrue(String(describing: error).contains("touchpoint"), "\(error)")
            }
        }
    }
}
