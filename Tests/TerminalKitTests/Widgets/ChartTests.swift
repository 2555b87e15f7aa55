import XCTest
@testable import TerminalKit

final class SparklineTests: XCTestCase {
    func testLevels() {
        let line = Sparkline(values: [0, 1, 2, 3, 4, 5, 6, 7, 8], theme: .dark)
        XCTAssertEqual(rendered(line, width: 9, height: 1).lines(), [" ▁▂▃▄▅▆▇█"])
    }

    func testShowsLatestValuesAndStacksRows() {
        let line = Sparkline(values: [100, 1, 2, 4, 8], maximum: 8, theme: .dark)
        XCTAssertEqual(rendered(line, width: 4, height: 2).lines(), ["   █", "▂▄██"])
    }

    func testGoldenSmallAndLarge() {
        let values: [Double] = (0..<90).map { Double(($0 * 37) % 23) }
        assertWidgetSnapshot(rendered(Sparkline(values: values, theme: .dark), width: 20, height: 1), named: "sparkline-small")
        assertWidgetSnapshot(rendered(Sparkline(values: values, theme: .dark), width: 80, height: 4), named: "sparkline-large")
    }
}

final class BarChartTests: XCTestCase {
    private let bars = [Bar("Unmet need", value: 12), Bar("Access", value: 7.5), Bar("Safety perception", value: 3), Bar("Competitor", value: 0)]

    func testBarsScaleToLargestValue() {
        let chart = BarChart(bars: bars, theme: .dark)
        let lines = rendered(chart, width: 40, height: 4).lines()
        XCTAssertEqual(lines[0], "Unmet need    ██████████████████████ 12 ")
        XCTAssertEqual(lines[3], "Competitor     0                        ")
        XCTAssertTrue(lines[1].contains("▊ 7.5") || lines[1].contains("█ 7.5"), lines[1])
    }

    func testGoldenSmallAndLarge() {
        assertWidgetSnapshot(rendered(BarChart(bars: bars, theme: .dark), width: 30, height: 3), named: "barchart-small")
        assertWidgetSnapshot(rendered(BarChart(bars: bars, maximum: 20, theme: .dark), width: 80, height: 6), named: "barchart-large")
    }
}

final class GaugeTests: XCTestCase {
    func testFillAndLabel() {
        let gauge = Gauge(percent: 50, theme: .dark)
        let buffer = rendered(gauge, width: 10, height: 1)
        XCTAssertEqual(buffer.lines(), ["   50%░░░░"])
        XCTAssertEqual(buffer[0, 0].style, Theme.dark.gaugeFill)
        XCTAssertEqual(buffer[9, 0].style, Theme.dark.muted)
        XCTAssertEqual(buffer[4, 0].style.foreground, .black)
        XCTAssertEqual(buffer[5, 0].style, Theme.dark.base.bold())
    }

    func testMarkerForSecondValue() {
        let gauge = Gauge(percent: 30, label: "", marker: 70, theme: .dark)
        XCTAssertEqual(gauge.markerColumn(width: 20), 14)
        XCTAssertEqual(rendered(gauge, width: 20, height: 1).lines(), ["      ░░░░░░░░┃░░░░░"])
        XCTAssertEqual(Gauge(percent: 0, marker: 100, theme: .dark).markerColumn(width: 10), 9)
    }

    func testClampsOutOfRange() {
        XCTAssertEqual(Gauge(percent: 140, theme: .dark).filledColumns(width: 10), 10)
        XCTAssertEqual(Gauge(percent: -5, theme: .dark).filledColumns(width: 10), 0)
    }

    func testGoldenSmallAndLarge() {
        let gauge = Gauge(percent: 64, label: "F2F 64% (plan 70%)", marker: 70, theme: .monochrome)
        assertWidgetSnapshot(rendered(gauge, width: 12, height: 1), named: "gauge-small")
        assertWidgetSnapshot(rendered(Gauge(percent: 64, marker: 70, theme: .dark), width: 60, height: 2), named: "gauge-large")
    }
}

final class ChartInputTests: XCTestCase {
    func testNonFiniteValuesAreDrawnAsZero() {
        XCTAssertEqual(rendered(Sparkline(values: [.nan, 4, .infinity, -3, 8], theme: .dark), width: 5, height: 1).lines(), [" ▄  █"])
        let chart = BarChart(bars: [Bar("a", value: .nan), Bar("b", value: 2)], theme: .dark)
        XCTAssertEqual(rendered(chart, width: 10, height: 2).lines(), ["a  –      ", "b ██████ 2"])
        XCTAssertEqual(Gauge(percent: .nan, theme: .dark).filledColumns(width: 10), 0)
    }
}
