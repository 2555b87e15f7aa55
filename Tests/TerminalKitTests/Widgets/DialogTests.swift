import XCTest
@testable import TerminalKit

final class ModalTests: XCTestCase {
    private let modal = Modal(title: "Discard draft?", message: "The insight you were typing has not been saved.", buttons: ["Discard", "Keep"], selectedButton: 1, width: 36, theme: .dark)

    func testGoldenSmallAndLarge() {
        assertWidgetSnapshot(rendered(modal, width: 30, height: 10), named: "modal-small")
        assertWidgetSnapshot(rendered(modal, width: 80, height: 24), named: "modal-large")
    }

    func testCentredAndClearsBelow() {
        var buffer = Buffer(width: 40, height: 12)
        for row in 0..<12 { buffer.write(String(repeating: "x", count: 40), x: 0, y: row) }
        modal.render(in: buffer.area, buffer: &buffer)
        let box = modal.boxRect(in: buffer.area)
        XCTAssertEqual(box, Rect(x: 2, y: 3, width: 36, height: 6))
        XCTAssertFalse(buffer.line(row: 4).dropFirst(3).prefix(34).contains("x"))
        XCTAssertTrue(buffer.line(row: 4).hasPrefix("xx│"))
    }

    func testButtonHitTestingAndSelectedStyle() {
        let area = Rect(x: 0, y: 0, width: 40, height: 12)
        let buffer = rendered(modal, width: 40, height: 12)
        let keepX = buffer.line(row: 7).distance(from: buffer.line(row: 7).startIndex, to: buffer.line(row: 7).range(of: "[ Keep ]")!.lowerBound)
        XCTAssertEqual(modal.buttonIndex(at: Point(x: keepX + 2, y: 7), in: area), 1)
        XCTAssertEqual(modal.buttonIndex(at: Point(x: keepX - 3, y: 7), in: area), 0)
        XCTAssertNil(modal.buttonIndex(at: Point(x: keepX, y: 6), in: area))
        XCTAssertEqual(buffer[keepX, 7].style, Theme.dark.selection)
    }
}

final class ConfirmDialogTests: XCTestCase {
    private func dialog() -> ConfirmDialog {
        ConfirmDialog(title: "Delete", message: "Delete this decision?", theme: .dark)
    }

    func testKeys() {
        var confirm = dialog()
        XCTAssertEqual(confirm.handle(.char("y")), .confirmed)
        XCTAssertEqual(confirm.handle(.char("n")), .cancelled)
        XCTAssertEqual(confirm.handle(.escape), .cancelled)
        XCTAssertEqual(confirm.handle(.enter), .cancelled, "cancel is the default")
        XCTAssertNil(confirm.handle(.left))
        XCTAssertTrue(confirm.confirmIsSelected)
        XCTAssertEqual(confirm.handle(.enter), .confirmed)
        XCTAssertNil(confirm.handle(.tab))
        XCTAssertEqual(confirm.handle(.enter), .cancelled)
        XCTAssertNil(confirm.handle(.char("x")))
    }

    func testGoldenSmallAndLarge() {
        assertWidgetSnapshot(rendered(dialog(), width: 30, height: 8), named: "confirm-small")
        assertWidgetSnapshot(rendered(dialog(), width: 80, height: 24), named: "confirm-large")
    }

    func testClickOnButtons() {
        let area = Rect(x: 0, y: 0, width: 80, height: 24)
        let buffer = rendered(dialog(), width: 80, height: 24)
        let row = (0..<24).first { buffer.line(row: $0).contains("[ Yes ]") }!
        let line = buffer.line(row: row)
        let yesX = line.distance(from: line.startIndex, to: line.range(of: "[ Yes ]")!.lowerBound)
        let noX = line.distance(from: line.startIndex, to: line.range(of: "[ No ]")!.lowerBound)
        XCTAssertEqual(dialog().outcome(forClickAt: Point(x: yesX + 1, y: row), in: area), .confirmed)
        XCTAssertEqual(dialog().outcome(forClickAt: Point(x: noX + 1, y: row), in: area), .cancelled)
        XCTAssertNil(dialog().outcome(forClickAt: Point(x: 0, y: 0), in: area))
    }
}

final class HelpOverlayTests: XCTestCase {
    private let sections = [
        KeyMap(title: "Navigation", bindings: [
            KeyBinding(keys: [.char("j"), .down], help: "Move down"),
            KeyBinding(keys: [.char("k"), .up], help: "Move up"),
            KeyBinding(.char("g"), help: "Top"),
        ]),
        KeyMap(title: "Insights", bindings: [
            KeyBinding(.char("n"), help: "New insight"),
            KeyBinding(.ctrl("s"), help: "Save"),
        ]),
    ]

    func testGoldenSmallAndLarge() {
        assertWidgetSnapshot(rendered(HelpOverlay(sections: sections, theme: .dark), width: 30, height: 8), named: "help-small")
        assertWidgetSnapshot(rendered(HelpOverlay(sections: sections, theme: .dark), width: 80, height: 24), named: "help-large")
    }

    func testRowsAreGeneratedFromKeyMaps() {
        let rows = HelpOverlay(sections: sections, theme: .dark).rows().map(\.plainText)
        XCTAssertEqual(rows, ["Navigation", "j/↓     Move down", "k/↑     Move up", "g       Top", "", "Insights", "n       New insight", "Ctrl-S  Save"])
    }

    func testScrollShowsLaterRows() {
        let buffer = rendered(HelpOverlay(sections: sections, scroll: 10, theme: .dark), width: 30, height: 6)
        XCTAssertTrue(buffer.text.contains("Ctrl-S  Save"))
        XCTAssertFalse(buffer.text.contains("Navigation"))
    }
}
