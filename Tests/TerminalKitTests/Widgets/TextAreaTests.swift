import XCTest
@testable import TerminalKit

final class TextAreaTests: XCTestCase {
    private func area(_ text: String, at position: TextPosition? = nil) -> TextArea {
        var area = TextArea(text: text)
        if let position { area.moveCursor(to: position) }
        return area
    }

    func testEnterSplitsLine() {
        var editor = area("hello world", at: TextPosition(line: 0, column: 5))
        editor.handle(.enter)
        XCTAssertEqual(editor.lines.map { String($0) }, ["hello", " world"])
        XCTAssertEqual(editor.cursor, TextPosition(line: 1, column: 0))
    }

    func testUpDownKeepDisplayColumn() {
        var editor = area("a long first line\nab\n日本語テキスト", at: TextPosition(line: 0, column: 8))
        editor.handle(.down)
        XCTAssertEqual(editor.cursor, TextPosition(line: 1, column: 2))
        editor.handle(.down)
        XCTAssertEqual(editor.cursor, TextPosition(line: 2, column: 4), "column 8 is the start of the fifth wide glyph")
        editor.handle(.up)
        editor.handle(.up)
        XCTAssertEqual(editor.cursor, TextPosition(line: 0, column: 8))
        editor.handle(.up)
        XCTAssertEqual(editor.cursor, TextPosition(line: 0, column: 0))
        editor.handle(.end)
        editor.handle(.down)
        editor.handle(.down)
        editor.handle(.down)
        XCTAssertEqual(editor.cursor, TextPosition(line: 2, column: 7))
    }

    func testLeftRightCrossLineEnds() {
        var editor = area("ab\ncd", at: TextPosition(line: 1, column: 0))
        editor.handle(.left)
        XCTAssertEqual(editor.cursor, TextPosition(line: 0, column: 2))
        editor.handle(.right)
        XCTAssertEqual(editor.cursor, TextPosition(line: 1, column: 0))
    }

    func testBackspaceAndDeleteJoinLines() {
        var editor = area("ab\ncd", at: TextPosition(line: 1, column: 0))
        editor.handle(.backspace)
        XCTAssertEqual(editor.text, "abcd")
        XCTAssertEqual(editor.cursor, TextPosition(line: 0, column: 2))
        editor.handle(.enter)
        editor.handle(.left)
        editor.handle(.delete)
        XCTAssertEqual(editor.text, "abcd")
        editor.handle(.delete)
        XCTAssertEqual(editor.text, "abd")
    }

    func testLineKeys() {
        var editor = area("first\nsecond line here", at: TextPosition(line: 1, column: 6))
        editor.handle(.ctrl("e"))
        XCTAssertEqual(editor.cursor.column, 16)
        editor.handle(.ctrl("a"))
        XCTAssertEqual(editor.cursor.column, 0)
        editor.handle(.end)
        editor.handle(.alt("b"))
        XCTAssertEqual(editor.cursor.column, 12)
        editor.handle(.ctrl("w"))
        XCTAssertEqual(editor.text, "first\nsecond here")
        XCTAssertEqual(editor.cursor.column, 7)
        editor.handle(.home)
        editor.handle(.alt("f"))
        XCTAssertEqual(editor.cursor.column, 6)
        editor.handle(.ctrl("k"))
        XCTAssertEqual(editor.text, "first\nsecond")
        editor.handle(.ctrl("u"))
        XCTAssertEqual(editor.text, "first\n")
    }

    func testCtrlWDeletesWordBeforeCursor() {
        var editor = area("one two three")
        editor.handle(.ctrl("w"))
        XCTAssertEqual(editor.text, "one two ")
    }

    func testPasteKeepsNewlines() {
        var editor = area("[]", at: TextPosition(line: 0, column: 1))
        editor.insert(paste: "a\r\nb\nc")
        XCTAssertEqual(editor.text, "[a\nb\nc]")
        XCTAssertEqual(editor.cursor, TextPosition(line: 2, column: 1))
    }

    func testUnhandledKeys() {
        var editor = area("x")
        XCTAssertFalse(editor.handle(.tab))
        XCTAssertFalse(editor.handle(.escape))
    }

    func testWrapsAndPlacesCursorOnWrappedRow() {
        var editor = TextArea(text: "the quick brown fox", isFocused: true)
        let buffer = rendered(editor, width: 10, height: 3)
        XCTAssertEqual(buffer.lines(), ["the quick ", "brown fox ", "          "])
        XCTAssertEqual(buffer.cursor, Point(x: 9, y: 1))
        editor.moveCursor(to: TextPosition(line: 0, column: 10))
        XCTAssertEqual(rendered(editor, width: 10, height: 3).cursor, Point(x: 0, y: 1))
    }

    func testScrollsToKeepCursorVisible() {
        var editor = TextArea(text: "1\n2\n3\n4\n5\n6", isFocused: true)
        var buffer = rendered(editor, width: 4, height: 3)
        XCTAssertEqual(buffer.lines(), ["4   ", "5   ", "6   "])
        XCTAssertEqual(buffer.cursor, Point(x: 1, y: 2))
        editor.scrollToCursor(width: 4, height: 3)
        editor.handle(.up)
        editor.handle(.up)
        editor.handle(.up)
        buffer = rendered(editor, width: 4, height: 3)
        XCTAssertEqual(buffer.lines(), ["3   ", "4   ", "5   "])
        XCTAssertEqual(buffer.cursor, Point(x: 1, y: 0))
    }

    func testGoldenSmallAndLarge() {
        let editor = TextArea(text: "Why it matters:\nThe regional hospitals cannot follow the new dosing schedule without extra nurse time.\n\n日本語も大丈夫", isFocused: true)
        assertWidgetSnapshot(rendered(editor, width: 20, height: 6), named: "textarea-small")
        assertWidgetSnapshot(rendered(editor, width: 60, height: 8), named: "textarea-large")
        assertWidgetSnapshot(rendered(TextArea(placeholder: "What was said…"), width: 20, height: 3), named: "textarea-placeholder")
    }
}
