import XCTest
@testable import TerminalKit

final class DisplayWidthTests: XCTestCase {
    func testWidthTable() {
        let cases: [(String, Int, String)] = [
            ("hello", 5, "ASCII"),
            ("日本語", 6, "CJK ideographs are wide"),
            ("e\u{301}", 1, "e + combining acute is one narrow grapheme"),
            ("👩‍⚕️", 2, "ZWJ emoji sequence"),
            ("🇩🇪", 2, "regional-indicator flag pair"),
            ("한국어", 6, "Hangul syllables"),
            ("\u{1100}\u{1161}\u{11A8}", 2, "conjoining Hangul jamo"),
            ("\t", 1, "a tab is one cell"),
            ("Ａ", 2, "fullwidth Latin"),
            ("\u{1}\u{7f}\u{9b}", 0, "control characters"),
            ("❤️", 2, "VS16 emoji presentation"),
            ("❤\u{FE0E}", 1, "VS15 text presentation"),
            ("😀", 2, "emoji presentation by default"),
            ("👍🏽", 2, "emoji with skin-tone modifier"),
            ("ｱ", 1, "halfwidth katakana"),
            ("é", 1, "precomposed"),
            ("\u{200B}", 0, "zero-width space"),
            ("a\u{0}b", 2, "NUL contributes nothing"),
            ("日本語abc", 9, "mixed"),
        ]
        for (text, expected, note) in cases {
            XCTAssertEqual(DisplayWidth.of(text), expected, "\(note): \(text.debugDescription)")
            XCTAssertEqual(text.displayWidth, expected, note)
        }
    }

    func testCharacterWidths() {
        XCTAssertEqual(DisplayWidth.of(Character("a")), 1)
        XCTAssertEqual(DisplayWidth.of(Character("語")), 2)
        XCTAssertEqual(DisplayWidth.of(Character("\u{301}")), 0)
        XCTAssertEqual(DisplayWidth.of(Character("\r\n")), 0)
        XCTAssertEqual(DisplayWidth.of(Character("🇩")), 1, "a lone regional indicator is narrow")
    }
}
