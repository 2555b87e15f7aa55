import XCTest
@testable import TerminalKit

final class TextFieldTests: XCTestCase {
    private func field(_ text: String, cursor: Int? = nil) -> TextField {
        var field = TextField(text: text)
        if let cursor { field.moveCursor(to: cursor) }
        return field
    }

    func testTypingInsertsAtCursor() {
        var field = field("helo", cursor: 3)
        XCTAssertTrue(field.handle(.char("l")))
        XCTAssertEqual(field.text, "hello")
        XCTAssertEqual(field.cursor, 4)
    }

    func testLeftRightClamp() {
        var field = field("ab", cursor: 0)
        field.handle(.left)
        XCTAssertEqual(field.cursor, 0)
        field.handle(.right); field.handle(.right); field.handle(.right)
        XCTAssertEqual(field.cursor, 2)
    }

    func testLineStartAndEnd() {
        var field = field("hello world", cursor: 5)
        field.handle(.ctrl("a"))
        XCTAssertEqual(field.cursor, 0)
        field.handle(.ctrl("e"))
        XCTAssertEqual(field.cursor, 11)
        field.handle(.home)
        XCTAssertEqual(field.cursor, 0)
        field.handle(.end)
        XCTAssertEqual(field.cursor, 11)
    }

    func testBackspaceAndDelete() {
        var field = field("abc", cursor: 1)
        field.handle(.backspace)
        XCTAssertEqual(field.text, "bc")
        XCTAssertEqual(field.cursor, 0)
        field.handle(.backspace)
        XCTAssertEqual(field.text, "bc")
        field.handle(.delete)
        XCTAssertEqual(field.text, "c")
        XCTAssertEqual(field.cursor, 0)
        field.handle(.end)
        field.handle(.delete)
        XCTAssertEqual(field.text, "c")
    }

    func testCtrlUDeletesToLineStart() {
        var field = field("hello world", cursor: 6)
        field.handle(.ctrl("u"))
        XCTAssertEqual(field.text, "world")
        XCTAssertEqual(field.cursor, 0)
    }

    func testCtrlKDeletesToLineEnd() {
        var field = field("hello world", cursor: 5)
        field.handle(.ctrl("k"))
        XCTAssertEqual(field.text, "hello")
    }

    func testCtrlWDeletesWordBeforeCursor() {
        var field = field("git commit -m  ", cursor: nil)
        field.handle(.ctrl("w"))
        XCTAssertEqual(field.text, "git commit ")
        field.handle(.ctrl("w"))
        XCTAssertEqual(field.text, "git ")
        XCTAssertEqual(field.cursor, 4)
    }

    func testAltBAndAltFMoveByWord() {
        var field = field("one two-three", cursor: nil)
        field.handle(.alt("b"))
        XCTAssertEqual(field.cursor, 8)
        field.handle(.alt("b"))
        XCTAssertEqual(field.cursor, 4)
        field.handle(.alt("b"))
        XCTAssertEqual(field.cursor, 0)
        field.handle(.alt("f"))
        XCTAssertEqual(field.cursor, 3)
        field.handle(.alt("f"))
        XCTAssertEqual(field.cursor, 7)
    }

    func testUnhandledKeysReturnFalse() {
        var field = field("x")
        XCTAssertFalse(field.handle(.enter))
        XCTAssertFalse(field.handle(.tab))
        XCTAssertFalse(field.handle(.escape))
        XCTAssertEqual(field.text, "x")
    }

    func testWideCharactersMoveCursorByDisplayWidth() {
        var field = field("日本語", cursor: 2)
        XCTAssertEqual(field.cursorColumn, 4)
        field.handle(.backspace)
        XCTAssertEqual(field.text, "日語")
        XCTAssertEqual(field.cursorColumn, 2)
        var emoji = self.field("a👩‍⚕️b", cursor: 2)
        XCTAssertEqual(emoji.cursorColumn, 3)
        emoji.handle(.backspace)
        XCTAssertEqual(emoji.text, "ab")
    }

    func testPasteStripsNewlines() {
        var field = field("[]", cursor: 1)
        field.insert(paste: "line one\nline two\r\n")
        XCTAssertEqual(field.text, "[line one line two ]")
        XCTAssertEqual(field.cursor, 19)
    }

    func testRendersWithCursorAndScrollsHorizontally() {
        var field = TextField(text: "abcdefghijkl", isFocused: true)
        var buffer = rendered(field, width: 6, height: 1)
        XCTAssertEqual(buffer.lines(), ["hijkl "])
        XCTAssertEqual(buffer.cursor, Point(x: 5, y: 0))
        field.handle(.home)
        buffer = rendered(field, width: 6, height: 1)
        XCTAssertEqual(buffer.lines(), ["abcdef"])
        XCTAssertEqual(buffer.cursor, Point(x: 0, y: 0))
    }

    func testScrollIsStickyWhenPersisted() {
        var field = TextField(text: "abcdefghijkl", isFocused: true)
        field.scrollToCursor(width: 6)
        field.handle(.left)
        field.handle(.left)
        let buffer = rendered(field, width: 6, height: 1)
        XCTAssertEqual(buffer.lines(), ["hijkl "])
        XCTAssertEqual(buffer.cursor, Point(x: 3, y: 0))
    }

    func testWideTextScrollsWithoutSplittingGlyphs() {
        let field = TextField(text: "日本語テキスト", isFocused: true)
        let buffer = rendered(field, width: 6, height: 1)
        XCTAssertEqual(buffer.lines(), [" スト "])
        XCTAssertEqual(buffer.cursor, Point(x: 5, y: 0))
    }

    func testPlaceholderShownWhenEmpty() {
        let field = TextField(placeholder: "Search…")
        XCTAssertEqual(rendered(field, width: 10, height: 1).lines(), ["Search…   "])
        XCTAssertNil(rendered(field, width: 10, height: 1).cursor)
    }
}

final class TextFieldGoldenTests: XCTestCase {
    func testGoldenSmallAndLarge() {
        var field = TextField(text: "Dr. 日本 Berger, Universitätsklinikum", isFocused: true)
        field.moveCursor(to: 6)
        assertWidgetSnapshot(rendered(field, width: 12, height: 1), named: "textfield-small")
        assertWidgetSnapshot(rendered(field, width: 60, height: 2), named: "textfield-large")
    }

    func testFocusedStyle() {
        let buffer = rendered(TextField(text: "ab", isFocused: true), width: 4, height: 1)
        XCTAssertEqual(buffer.styleRuns(row: 0).map(\.style), [Theme.dark.accent.underlined()])
    }
}
