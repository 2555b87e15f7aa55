import XCTest
@testable import TerminalKit

final class StringDisplayTests: XCTestCase {
    func testTruncationAddsEllipsisWithinWidth() {
        XCTAssertEqual("Hello, world".truncated(toWidth: 8), "Hello, …")
        XCTAssertEqual("short".truncated(toWidth: 8), "short")
        XCTAssertEqual("exactly8".truncated(toWidth: 8), "exactly8")
        XCTAssertEqual("abc".truncated(toWidth: 0), "")
        XCTAssertEqual("abcdef".truncated(toWidth: 1), "…")
        XCTAssertEqual("abcdef".truncated(toWidth: 4, ellipsis: "..."), "a...")
    }

    func testTruncationNeverSplitsWideGlyphsOrClusters() {
        XCTAssertEqual("日本語テキスト".truncated(toWidth: 6), "日本…")
        XCTAssertEqual("日本語テキスト".truncated(toWidth: 5), "日本…")
        XCTAssertEqual("日本語テキスト".truncated(toWidth: 4), "日…")
        XCTAssertEqual("cafe\u{301} au lait".truncated(toWidth: 5), "cafe\u{301}…")
        XCTAssertEqual("👩‍⚕️👩‍⚕️👩‍⚕️".truncated(toWidth: 4), "👩‍⚕️…")
        for width in 0...12 {
            let result = "日本語 e\u{301} 🇩🇪 한국어".truncated(toWidth: width)
            XCTAssertLessThanOrEqual(result.displayWidth, width, "width \(width): \(result)")
        }
    }

    func testPadding() {
        XCTAssertEqual("ab".padded(toWidth: 4), "ab  ")
        XCTAssertEqual("日本".padded(toWidth: 5), "日本 ")
        XCTAssertEqual("日本語".padded(toWidth: 5), "日本…")
        XCTAssertEqual("日本語".padded(toWidth: 4), "日… ")
        XCTAssertEqual("7".leftPadded(toWidth: 3), "  7")
        XCTAssertEqual("日本語".prefix(toWidth: 5), "日本")
    }
}
