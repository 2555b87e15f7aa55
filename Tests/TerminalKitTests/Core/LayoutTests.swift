import XCTest
@testable import TerminalKit

final class LayoutTests: XCTestCase {
    private let area = Rect(x: 2, y: 1, width: 100, height: 30)

    func testFixedPercentageAndFillShareTheWidth() {
        let rects = Layout.split(area, direction: .horizontal, constraints: [.fixed(10), .percentage(25), .fill()])
        XCTAssertEqual(rects, [
            Rect(x: 2, y: 1, width: 10, height: 30),
            Rect(x: 12, y: 1, width: 25, height: 30),
            Rect(x: 37, y: 1, width: 65, height: 30),
        ])
    }

    func testVerticalWithSpacing() {
        let rects = Layout.split(area, direction: .vertical, constraints: [.fixed(1), .fill(), .fixed(1)], spacing: 1)
        XCTAssertEqual(rects.map(\.y), [1, 3, 30])
        XCTAssertEqual(rects.map(\.height), [1, 26, 1])
        XCTAssertEqual(rects.map(\.width), [100, 100, 100])
    }

    func testFillWeightsAndRoundingLeftoversGoToFill() {
        let rects = Layout.split(Rect(x: 0, y: 0, width: 10, height: 1), direction: .horizontal,
                                 constraints: [.fill(1), .fill(1), .fill(1)])
        XCTAssertEqual(rects.map(\.width), [4, 3, 3])
        XCTAssertEqual(rects.map(\.x), [0, 4, 7])
        let weighted = Layout.split(Rect(x: 0, y: 0, width: 12, height: 1), direction: .horizontal,
                                    constraints: [.fill(1), .fill(2)])
        XCTAssertEqual(weighted.map(\.width), [4, 8])
    }

    func testMinGrowsWithoutFillAndKeepsItsMinimum() {
        let rects = Layout.split(Rect(x: 0, y: 0, width: 20, height: 1), direction: .horizontal,
                                 constraints: [.fixed(4), .min(6)])
        XCTAssertEqual(rects.map(\.width), [4, 16])
        let withFill = Layout.split(Rect(x: 0, y: 0, width: 20, height: 1), direction: .horizontal,
                                    constraints: [.min(6), .fill()])
        XCTAssertEqual(withFill.map(\.width), [6, 14])
    }

    func testOverflowShrinksFromTheEndAndNeverGoesNegative() {
        let rects = Layout.split(Rect(x: 0, y: 0, width: 10, height: 5), direction: .horizontal,
                                 constraints: [.fixed(6), .fixed(6), .fixed(6)], spacing: 2)
        XCTAssertEqual(rects.map(\.width), [6, 0, 0])
        for rect in rects {
            XCTAssertGreaterThanOrEqual(rect.width, 0)
            XCTAssertLessThanOrEqual(rect.right, 10)
        }
        let empty = Layout.split(.zero, direction: .vertical, constraints: [.fill(), .percentage(50), .min(3)])
        XCTAssertEqual(empty.map(\.height), [0, 0, 0])
    }

    func testDeterministic() {
        let constraints: [Constraint] = [.percentage(33), .fill(2), .min(5), .fill(1)]
        let first = Layout.split(area, direction: .horizontal, constraints: constraints, spacing: 1)
        let second = Layout.split(area, direction: .horizontal, constraints: constraints, spacing: 1)
        XCTAssertEqual(first, second)
        XCTAssertEqual(first.last?.right, area.right)
    }

    func testRectHelpers() {
        let rect = Rect(x: 1, y: 2, width: 10, height: 4)
        XCTAssertEqual(rect.inset(by: 1), Rect(x: 2, y: 3, width: 8, height: 2))
        XCTAssertTrue(rect.inset(by: 5).isEmpty)
        XCTAssertEqual(rect.intersection(Rect(x: 5, y: 0, width: 20, height: 4)), Rect(x: 5, y: 2, width: 6, height: 2))
        XCTAssertTrue(rect.intersection(Rect(x: 50, y: 50, width: 2, height: 2)).isEmpty)
        XCTAssertTrue(rect.contains(x: 1, y: 2))
        XCTAssertFalse(rect.contains(x: 11, y: 2))
        XCTAssertEqual(Rect(x: 0, y: 0, width: -3, height: 2).width, 0)
    }
}
