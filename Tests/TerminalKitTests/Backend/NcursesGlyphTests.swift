import XCTest
@testable import TerminalKit

final class NcursesGlyphTests: XCTestCase {
    private func scalars(_ glyphs: [[wchar_t]]) -> [[UInt32]] {
        glyphs.map { $0.dropLast().map { UInt32(bitPattern: $0) } }
    }

    func testCellsBecomeCursesCharacters() {
        XCTAssertEqual(scalars(NcursesTerminal.cursesGlyphs(for: Cell(grapheme: "a", width: 1))), [[0x61]])
        XCTAssertEqual(scalars(NcursesTerminal.cursesGlyphs(for: Cell(grapheme: "e\u{301}", width: 1))), [[0x65, 0x301]],
                       "combining marks ride along in the same cchar")
        XCTAssertEqual(scalars(NcursesTerminal.cursesGlyphs(for: Cell(grapheme: "🇩🇪", width: 2))), [[0x1F1E9], [0x1F1EA]],
                       "a flag is drawn as its two halves side by side")
        XCTAssertEqual(scalars(NcursesTerminal.cursesGlyphs(for: Cell(grapheme: "👩‍⚕️", width: 2))), [[0x1F469]],
                       "a ZWJ sequence falls back to its first emoji, keeping two columns")
        XCTAssertEqual(scalars(NcursesTerminal.cursesGlyphs(for: Cell(grapheme: "", width: 0))), [[0x20]])
    }
}
