import XCTest

final class LiaisonAppTestsPlaceholder: XCTestCase {
    func testBuilds() {}
}
