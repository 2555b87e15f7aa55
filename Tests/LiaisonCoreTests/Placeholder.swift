import XCTest

final class LiaisonCoreTestsPlaceholder: XCTestCase {
    func testBuilds() {}
}
