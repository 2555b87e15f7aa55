import XCTest
@testable import TerminalKit

final class ThemeTests: XCTestCase {
    func testAutomaticChoosesMonochromeWithoutColours() {
        XCTAssertEqual(Theme.automatic(environment: ["NO_COLOR": ""], colorCount: 256, preferred: "light").name, "monochrome")
        XCTAssertEqual(Theme.automatic(environment: [:], colorCount: 2, preferred: nil).name, "monochrome")
        XCTAssertEqual(Theme.automatic(environment: [:], colorCount: 256, preferred: "light").name, "light")
        XCTAssertEqual(Theme.automatic(environment: [:], colorCount: 8, preferred: nil).name, "dark")
    }

    func testMonochromeUsesNoColours() {
        let theme = Theme.monochrome
        let styles = [theme.base, theme.muted, theme.accent, theme.header, theme.selection, theme.border, theme.title,
                      theme.statusBar, theme.keyHint, theme.keyHintKey, theme.success, theme.warning, theme.error,
                      theme.critical, theme.highlight, theme.gaugeFill, theme.chart]
        for style in styles {
            XCTAssertEqual(style.foreground, .default)
            XCTAssertEqual(style.background, .default)
        }
        XCTAssertNotEqual(theme.selection, theme.base, "selection must stay visible")
    }

    func testColorApproximationForSmallPalettes() {
        XCTAssertEqual(ColorApproximation.basic(index: 196, available: 8), 1, "bright red → red")
        XCTAssertEqual(ColorApproximation.basic(index: 231, available: 16), 15, "white → bright white")
        XCTAssertEqual(ColorApproximation.basic(index: 16, available: 8), 0)
    }
}
