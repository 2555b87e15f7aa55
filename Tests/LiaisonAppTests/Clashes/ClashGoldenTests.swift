import LiaisonApp
import LiaisonCore
import TerminalKit
import XCTest

/// The Clashes and Decisions screens on the bundled demo dataset and the fixed clock, at
/// 80×24 and 160×48. Re-record with `UPDATE_SNAPSHOTS=1` when the demo data changes.
final class ClashGoldenTests: XCTestCase {
    private let sizes = [(80, 24), (160, 48)]

    func testClashList() throws {
        for (width, height) in sizes {
            let driver = try ClashFixture.clashes(width: width, height: height)
            XCTAssertNil(GoldenFile.mismatch(driver.render(), named: "clashes-list-\(width)x\(height)"))
        }
    }

    func testClashListWithFiltersActive() throws {
        for (width, height) in sizes {
            var driver = try ClashFixture.clashes(width: width, height: height)
            driver.press(.char("r"), .char("r"), .char("r"), .char("v"), .char("v"))
            XCTAssertNil(GoldenFile.mismatch(driver.render(), named: "clashes-filtered-\(width)x\(height)"))
        }
    }

    func testClashDetail() throws {
        for (width, height) in sizes {
            var driver = try ClashFixture.clashes(width: width, height: height)
            try ClashFixture.select(ClashFixture.studySiteClash, in: &driver)
            driver.pressAndSettle(.enter)
            XCTAssertNil(GoldenFile.mismatch(driver.render(), named: "clashes-detail-\(width)x\(height)"))
            if width == 80 {
                driver.press(.pageDown)
                XCTAssertNil(GoldenFile.mismatch(driver.render(), named: "clashes-detail-explanation-80x24"))
            }
        }
    }

    func testDismissDialog() throws {
        var driver = try ClashFixture.clashes()
        driver.press(.char("d"))
        driver.pressAndSettle(.enter)
        XCTAssertNil(GoldenFile.mismatch(driver.render(), named: "clashes-dismiss-80x24"))
    }

    func testDecisionList() throws {
        for (width, height) in sizes {
            var driver = try ClashFixture.driver(width: width, height: height)
            driver.pressAndSettle(.char("6"))
            XCTAssertNil(GoldenFile.mismatch(driver.render(), named: "decisions-list-\(width)x\(height)"))
        }
    }

    func testDecisionDetailWithStancesAndRACI() throws {
        let title = "One national voice to global on the Oncavia launch sequence"
        for (width, height) in sizes {
            var driver = try ClashFixture.decision(titled: title, as: ClashFixture.director, width: width, height: height)
            XCTAssertNil(GoldenFile.mismatch(driver.render(), named: "decisions-detail-\(width)x\(height)"))
            if width == 80 {
                driver.press(.pageDown)
                XCTAssertNil(GoldenFile.mismatch(driver.render(), named: "decisions-detail-stances-80x24"))
                driver.press(.pageDown)
                XCTAssertNil(GoldenFile.mismatch(driver.render(), named: "decisions-detail-raci-80x24"))
            }
        }
    }

    func testResolveFormWithOverreachWarning() throws {
        var driver = try ClashFixture.decision(
            titled: "Exception for North's local tumour-board evenings", as: ClashFixture.northRMD, width: 80, height: 24)
        driver.press(.char("r"), .right, .right)
        XCTAssertNil(GoldenFile.mismatch(driver.render(), named: "decisions-resolve-80x24"))
    }
}
