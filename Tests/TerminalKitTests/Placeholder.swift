import XCTest

final class TerminalKitTestsPlaceholder: XCTestCase {
    func testBuilds() {}
}
