import XCTest
@testable import TerminalKit

final class TabsTests: XCTestCase {
    private let tabs = Tabs(titles: ["Inbox", "Insights", "Clashes", "日本"], selected: 1, theme: .dark)

    func testGoldenSmallAndLarge() {
        assertWidgetSnapshot(rendered(tabs, width: 20, height: 1), named: "tabs-small")
        assertWidgetSnapshot(rendered(tabs, width: 60, height: 2), named: "tabs-large")
    }

    func testHitTesting() {
        let area = Rect(x: 2, y: 0, width: 40, height: 1)
        XCTAssertEqual(tabs.tabIndex(atX: 2, in: area), 0)
        XCTAssertEqual(tabs.tabIndex(atX: 8, in: area), 0)
        XCTAssertNil(tabs.tabIndex(atX: 9, in: area), "divider")
        XCTAssertEqual(tabs.tabIndex(atX: 10, in: area), 1)
        XCTAssertEqual(tabs.tabIndex(atX: 34, in: area), 3)
        XCTAssertNil(tabs.tabIndex(atX: 39, in: area))
        XCTAssertNil(tabs.tabIndex(atX: 1, in: area))
    }

    func testTabsThatDoNotFitAreHiddenWithEllipsis() {
        let area = Rect(x: 0, y: 0, width: 22, height: 1)
        XCTAssertEqual(rendered(tabs, width: 22, height: 1).lines(), [" Inbox │ Insights │  …"])
        XCTAssertNil(tabs.tabIndex(atX: 20, in: area))
        XCTAssertEqual(tabs.tabRanges(in: area)[2], 22..<22)
    }

    func testSelectedTabStyle() {
        let buffer = rendered(tabs, width: 40, height: 1)
        let runs = buffer.styleRuns(row: 0)
        XCTAssertEqual(runs[2].range, 8..<18)
        XCTAssertEqual(runs[2].style, Theme.dark.selection)
    }
}

final class StatusBarTests: XCTestCase {
    func testGoldenSmallAndLarge() {
        let bar = StatusBar(left: "Insights · 12 of 340", right: "synced 14:02", theme: .dark)
        assertWidgetSnapshot(rendered(bar, width: 24, height: 1), named: "statusbar-small")
        assertWidgetSnapshot(rendered(bar, width: 60, height: 1), named: "statusbar-large")
    }

    func testRightPartDroppedBeforeLeftIsTruncated() {
        let bar = StatusBar(left: "left side", right: "right", theme: .dark)
        XCTAssertEqual(rendered(bar, width: 20, height: 1).lines(), [" left side    right "])
        XCTAssertEqual(rendered(bar, width: 14, height: 1).lines(), [" left side    "])
        XCTAssertEqual(rendered(bar, width: 8, height: 1).lines(), [" left … "])
        XCTAssertEqual(rendered(bar, width: 8, height: 1).styleRuns(row: 0).map(\.style), [Theme.dark.statusBar])
    }
}

final class KeyHintBarTests: XCTestCase {
    private let bindings = [
        KeyBinding(.char("q"), help: "Quit"),
        KeyBinding(.char("/"), help: "Search"),
        KeyBinding(keys: [.char("j"), .down], help: "Down"),
        KeyBinding(.char("?"), help: "Help"),
    ]

    func testGoldenSmallAndLarge() {
        assertWidgetSnapshot(rendered(KeyHintBar(bindings: bindings, theme: .dark), width: 24, height: 1), named: "keyhints-small")
        assertWidgetSnapshot(rendered(KeyHintBar(bindings: bindings, theme: .dark), width: 60, height: 1), named: "keyhints-large")
    }

    func testDropsWholeHintsAndShowsEllipsis() {
        let bar = KeyHintBar(bindings: bindings, theme: .dark)
        XCTAssertEqual(bar.visibleCount(width: 60), 4)
        XCTAssertEqual(bar.visibleCount(width: 24), 2)
        XCTAssertEqual(rendered(bar, width: 24, height: 1).lines(), [" q Quit  / Search  …    "])
        XCTAssertEqual(bar.visibleCount(width: 5), 0)
        XCTAssertEqual(rendered(bar, width: 5, height: 1).lines(), [" …   "])
    }

    func testBuiltFromKeyMapWithLimit() {
        let bar = KeyHintBar(keyMap: KeyMap(bindings: bindings), limit: 2, theme: .dark)
        XCTAssertEqual(rendered(bar, width: 30, height: 1).lines(), [" q Quit  / Search             "])
    }

    func testKeyLabelsUseKeyStyle() {
        let buffer = rendered(KeyHintBar(bindings: bindings, theme: .dark), width: 30, height: 1)
        XCTAssertEqual(buffer[1, 0].style, Theme.dark.keyHintKey)
        XCTAssertEqual(buffer[3, 0].style, Theme.dark.keyHint)
    }
}
