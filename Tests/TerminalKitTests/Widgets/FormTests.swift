import XCTest
@testable import TerminalKit

final class FormTests: XCTestCase {
    private func makeForm() -> Form {
        Form(fields: [
            .text("Title", placeholder: "Short summary", isRequired: true),
            .choice("Theme", options: ["Unmet need", "Safety perception", "Access"]),
            .textArea("What was said", height: 3),
            .text("Tags"),
        ], theme: .dark)
    }

    func testTabAndShiftTabCycleFocus() {
        var form = makeForm()
        XCTAssertEqual(form.focusedIndex, 0)
        XCTAssertEqual(form.handle(.tab), .handled)
        XCTAssertEqual(form.focusedIndex, 1)
        form.handle(.tab); form.handle(.tab)
        XCTAssertEqual(form.focusedIndex, 3)
        form.handle(.tab)
        XCTAssertEqual(form.focusedIndex, 0)
        form.handle(.backTab)
        XCTAssertEqual(form.focusedIndex, 3)
        XCTAssertEqual(form.focusedField?.label, "Tags")
    }

    func testKeysGoToFocusedField() {
        var form = makeForm()
        for character in "Dosing" { XCTAssertEqual(form.handle(.char(character)), .handled) }
        form.handle(.ctrl("w"))
        for character in "Dose" { form.handle(.char(character)) }
        XCTAssertEqual(form.fields[0].value, "Dose")
        XCTAssertEqual(form.handle(.enter), .handled)
        XCTAssertEqual(form.focusedIndex, 1)
        form.handle(.tab)
        form.handle(.char("a"))
        form.handle(.enter)
        form.handle(.char("b"))
        form.insert(paste: "\nc")
        XCTAssertEqual(form.fields[2].value, "a\nb\nc")
        XCTAssertEqual(form.fields[0].value, "Dose")
        XCTAssertEqual(form.handle(.escape), .ignored)
    }

    func testEnterInLastTextFieldSubmits() {
        var form = makeForm()
        form.focus(3)
        XCTAssertEqual(form.handle(.enter), .submit)
    }

    func testChoiceFieldAsksForPickerAndCycles() {
        var form = makeForm()
        form.focus(1)
        XCTAssertEqual(form.handle(.enter), .choose(field: 1))
        XCTAssertEqual(form.handle(.char(" ")), .choose(field: 1))
        form.setChoice(field: 1, option: 2)
        XCTAssertEqual(form.fields[1].value, "Access")
        form.handle(.right)
        XCTAssertEqual(form.fields[1].value, "Unmet need")
        form.handle(.left)
        XCTAssertEqual(form.fields[1].value, "Access")
        XCTAssertEqual(form.handle(.char("x")), .ignored)
    }

    func testChoiceValueComesFromPicker() throws {
        var form = makeForm()
        form.focus(1)
        guard case .choose(let field) = form.handle(.enter) else { return XCTFail("expected .choose") }
        var picker = try XCTUnwrap(form.picker(for: field))
        XCTAssertNil(form.picker(for: 0))
        for character in "safe" { picker.handle(.char(character)) }
        guard case .picked(let option) = picker.handle(.enter) else { return XCTFail("expected .picked") }
        form.setChoice(field: field, option: option)
        XCTAssertEqual(form.fields[1].value, "Safety perception")
    }

    func testRequiredValidationShowsMessageUnderField() {
        var form = makeForm()
        XCTAssertFalse(form.validateRequired())
        XCTAssertEqual(form.fields[0].message, "Required")
        let buffer = rendered(form, width: 40, height: 10)
        XCTAssertTrue(buffer.line(row: 1).contains("✗ Required"))
        XCTAssertEqual(buffer[16, 1].style, Theme.dark.error)
        form.handle(.char("x"))
        XCTAssertTrue(form.validateRequired())
        XCTAssertNil(form.fields[0].message)
    }

    func testFocusStylingAndCursor() {
        var form = makeForm()
        form.handle(.tab)
        form.handle(.tab)
        let buffer = rendered(form, width: 40, height: 8)
        XCTAssertTrue(buffer.line(row: 2).hasPrefix("▸What was said"))
        XCTAssertEqual(buffer[1, 2].style, Theme.dark.accent.bold())
        XCTAssertEqual(buffer[1, 0].style, Theme.dark.base)
        XCTAssertEqual(buffer.cursor, Point(x: 15, y: 2))
    }

    func testScrollsToFocusedFieldAndHitTests() {
        var form = makeForm()
        form.focus(3)
        let area = Rect(x: 0, y: 0, width: 40, height: 3)
        let buffer = rendered(form, width: 40, height: 3)
        XCTAssertTrue(buffer.line(row: 2).hasPrefix("▸Tags"))
        XCTAssertEqual(form.fieldIndex(atY: 2, in: area), 3)
        XCTAssertEqual(form.fieldIndex(atY: 0, in: area), 2)
    }

    func testGoldenSmallAndLarge() {
        var form = makeForm()
        for character in "Nurses need dosing support" { form.handle(.char(character)) }
        form.setChoice(field: 1, option: 1)
        form.fields[3].message = "Use at most 5 tags"
        assertWidgetSnapshot(rendered(form, width: 40, height: 10), named: "form-small")
        form.handle(.tab)
        assertWidgetSnapshot(rendered(form, width: 80, height: 24), named: "form-large")
    }
}
