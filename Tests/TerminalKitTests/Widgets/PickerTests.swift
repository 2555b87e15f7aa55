import XCTest
@testable import TerminalKit

final class PickerTests: XCTestCase {
    private let hcps = ["Dr. Anna Berger", "Dr. Bernd Albers", "Prof. Clara Nowak", "Dr. Abel Nguyen", "Dr. Hans Brenner"]

    private func type(_ text: String, into picker: inout Picker) {
        for character in text { XCTAssertNil(picker.handle(.char(character))) }
    }

    func testTypingFiltersAndRanks() {
        var picker = Picker(title: "HCP", items: hcps, theme: .dark)
        XCTAssertEqual(picker.matches.count, 5)
        type("ab", into: &picker)
        XCTAssertEqual(picker.matches.map { hcps[$0.index] }.first, "Dr. Abel Nguyen")
        XCTAssertTrue(picker.matches.allSatisfy { FuzzyMatcher().match("ab", in: hcps[$0.index]) != nil })
        type("er", into: &picker)
        XCTAssertEqual(picker.matches.first.map { hcps[$0.index] }, "Dr. Anna Berger")
        XCTAssertEqual(Set(picker.matches.map { hcps[$0.index] }), ["Dr. Anna Berger", "Dr. Bernd Albers", "Dr. Hans Brenner"])
        picker.handle(.ctrl("u"))
        XCTAssertEqual(picker.matches.count, 5)
    }

    func testSelectionAndEnterPicksOriginalIndex() {
        var picker = Picker(title: "HCP", items: hcps, theme: .dark)
        type("nowak", into: &picker)
        XCTAssertEqual(picker.handle(.enter), .picked(2))
        picker.setQuery("")
        picker.handle(.down)
        picker.handle(.down)
        picker.handle(.up)
        XCTAssertEqual(picker.handle(.enter), .picked(1))
        picker.handle(.pageDown)
        XCTAssertEqual(picker.selectedItem, 4)
        XCTAssertEqual(picker.handle(.escape), .cancelled)
    }

    func testNoMatchesCannotPick() {
        var picker = Picker(title: "HCP", items: hcps, theme: .dark)
        type("zzz", into: &picker)
        XCTAssertTrue(picker.matches.isEmpty)
        XCTAssertNil(picker.handle(.enter))
        XCTAssertTrue(rendered(picker, width: 30, height: 5).text.contains("No matches"))
    }

    func testMatchedCharactersAreHighlighted() {
        var picker = Picker(title: "HCP", items: hcps, theme: .dark)
        type("nowak", into: &picker)
        let buffer = rendered(picker, width: 40, height: 6)
        XCTAssertTrue(buffer.line(row: 2).contains("▸ Prof. Clara Nowak"))
        let start = buffer.line(row: 2).distance(from: buffer.line(row: 2).startIndex, to: buffer.line(row: 2).range(of: "Nowak")!.lowerBound)
        let selected = Theme.dark.base.patched(with: Theme.dark.selection)
        for column in start..<(start + 5) {
            XCTAssertEqual(buffer[column, 2].style, selected.patched(with: Theme.dark.highlight))
        }
        XCTAssertEqual(buffer[start - 1, 2].style, selected)
        XCTAssertEqual(buffer.cursor, Point(x: 8, y: 1))
    }

    func testTenThousandItemsOnlyVisibleRowsDrawn() {
        let items = (0..<10_000).map { "Item \($0) \(["alpha", "beta", "gamma"][$0 % 3])" }
        var picker = Picker(title: "Items", items: items, theme: .dark)
        type("99gam", into: &picker)
        XCTAssertFalse(picker.matches.isEmpty)
        XCTAssertTrue(picker.matches.allSatisfy { items[$0.index].hasSuffix("gamma") })
        let buffer = rendered(picker, width: 40, height: 8)
        XCTAssertTrue(buffer.line(row: 1).contains("\(picker.matches.count)/10000"))
    }

    func testPasteFilters() {
        var picker = Picker(title: "HCP", items: hcps, theme: .dark)
        picker.insert(paste: "brenner\n")
        XCTAssertEqual(picker.matches.first.map { hcps[$0.index] }, "Dr. Hans Brenner")
    }

    func testGoldenSmallAndLarge() {
        var picker = Picker(title: "Choose HCP", items: hcps, theme: .dark)
        assertWidgetSnapshot(rendered(picker, width: 30, height: 6), named: "picker-small")
        type("br", into: &picker)
        assertWidgetSnapshot(rendered(picker, width: 60, height: 10), named: "picker-large")
    }

    func testNarrowingAndWideningGiveTheSameResultsAsAFreshFilter() {
        let items = (0..<500).map { "Item \($0) \(["Berlin", "Bremen", "Bern", "Brno"][$0 % 4])" }
        var typed = Picker(title: "", items: items, theme: .dark)
        type("bre", into: &typed)
        var fresh = Picker(title: "", items: items, theme: .dark)
        fresh.setQuery("bre")
        XCTAssertEqual(typed.matches, fresh.matches)
        typed.handle(.backspace)
        fresh.setQuery("br")
        XCTAssertEqual(typed.matches, fresh.matches)
        type("1", into: &typed)
        fresh.setQuery("br1")
        XCTAssertEqual(typed.matches, fresh.matches)
    }
}
