import XCTest
@testable import TerminalKit

/// Every widget must draw only inside the area it is given, at any size.
final class WidgetBoundsTests: XCTestCase {
    private func allWidgets() -> [(String, any Widget)] {
        let bindings = [KeyBinding(.char("q"), help: "Quit"), KeyBinding(.char("?"), help: "Help")]
        var form = Form(fields: [.text("Name", value: "日本語のテキスト"), .choice("Kind", options: ["a", "b"]), .textArea("Notes", value: "one\ntwo", height: 2)], theme: .dark)
        form.fields[0].message = "Too long"
        var picker = Picker(title: "Pick", items: ["Alpha", "Beta", "日本"], theme: .dark)
        picker.setQuery("a")
        return [
            ("block", Block(title: "Title", theme: .dark)),
            ("paragraph", Paragraph("Some 日本語 text that wraps around", block: Block(theme: .dark))),
            ("list", List(source: (0..<50).map { "Row \($0) 日本" }, state: ScrollState(selected: 30), theme: .dark, selectionSymbol: "▸ ")),
            ("table", Table(columns: [TableColumn("A", width: .fixed(4)), TableColumn("B", width: .fill())], source: (0..<50).map { ["\($0)", "日本語 \($0)"] }, state: ScrollState(selected: 10), sort: TableSort(column: 1, ascending: true), theme: .dark, block: Block(theme: .dark))),
            ("textField", TextField(text: "日本語のテキスト", isFocused: true)),
            ("textArea", TextArea(text: "日本語のテキスト\nsecond line", isFocused: true)),
            ("form", form),
            ("tabs", Tabs(titles: ["One", "日本", "Three"], selected: 1, theme: .dark)),
            ("statusBar", StatusBar(left: "left 日本", right: "right", theme: .dark)),
            ("keyHints", KeyHintBar(bindings: bindings, theme: .dark)),
            ("modal", Modal(title: "Title", message: "日本語 message", buttons: ["OK", "Cancel"], theme: .dark)),
            ("confirm", ConfirmDialog(title: "Sure?", message: "Really?", theme: .dark)),
            ("help", HelpOverlay(sections: [KeyMap(title: "Keys", bindings: bindings)], theme: .dark)),
            ("picker", picker),
            ("sparkline", Sparkline(values: [1, 5, 3, 8], theme: .dark)),
            ("barChart", BarChart(bars: [Bar("日本", value: 3), Bar("b", value: 9)], theme: .dark)),
            ("gauge", Gauge(percent: 40, marker: 60, theme: .dark)),
        ]
    }

    func testNothingIsDrawnOutsideTheArea() {
        let sizes = [(0, 0), (1, 1), (2, 1), (3, 2), (5, 3), (9, 4), (17, 7), (40, 12)]
        for (name, widget) in allWidgets() {
            for (width, height) in sizes {
                var buffer = Buffer(width: width + 4, height: height + 4)
                for row in 0..<buffer.area.height {
                    buffer.write(String(repeating: "#", count: buffer.area.width), x: 0, y: row)
                }
                let area = Rect(x: 2, y: 2, width: width, height: height)
                widget.render(in: area, buffer: &buffer)
                for row in 0..<buffer.area.height {
                    for column in 0..<buffer.area.width where !area.contains(x: column, y: row) {
                        XCTAssertEqual(buffer[column, row].grapheme, "#", "\(name) at \(width)x\(height) drew at (\(column), \(row))")
                    }
                }
                if let cursor = buffer.cursor {
                    XCTAssertTrue(area.contains(x: cursor.x, y: cursor.y), "\(name) at \(width)x\(height) put the cursor outside")
                }
            }
        }
    }
}
