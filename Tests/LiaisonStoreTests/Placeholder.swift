import XCTest

final class LiaisonStoreTestsPlaceholder: XCTestCase {
    func testBuilds() {}
}
