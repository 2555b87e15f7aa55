import XCTest

final class LiaisonCLITestsPlaceholder: XCTestCase {
    func testBuilds() {}
}
