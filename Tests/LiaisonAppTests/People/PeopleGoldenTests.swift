import Foundation
import LiaisonApp
import LiaisonCore
import TerminalKit
import XCTest

/// Golden-text snapshots of the People and HCPs screen: the directory, a search, the team
/// and the HCP profile, at the two reference sizes.
final class PeopleGoldenTests: XCTestCase {
    private func people(width: Int, height: Int) throws -> AppDriver {
        let store = try AppFixture.store()
        try PeopleFixture.addTouchpoints(to: store)
        var driver = AppDriver(env: try AppFixture.environment(store: store), width: width, height: height)
        driver.press(.char(Character(String(Screen.people.number))))
        driver.settleScreens()
        XCTAssertEqual(driver.state.screen, .people)
        return driver
    }

    func testDirectory80x24() throws {
        let driver = try people(width: 80, height: 24)
        XCTAssertNil(GoldenFile.mismatch(driver.render(), named: "people-directory-80x24"))
        XCTAssertTrue(driver.screenText.contains("Dr. East One"))
    }

    func testDirectoryWithProfile160x48() throws {
        let driver = try people(width: 160, height: 48)
        XCTAssertNil(GoldenFile.mismatch(driver.render(), named: "people-directory-160x48"))
        XCTAssertTrue(driver.screenText.contains("Consent"))
    }

    func testSearch80x24() throws {
        var driver = try people(width: 80, height: 24)
        driver.press(.char("/"))
        driver.type("northville")
        driver.settleScreens()
        XCTAssertNil(GoldenFile.mismatch(driver.render(), named: "people-search-80x24"))
        XCTAssertTrue(driver.screenText.contains("Dr. North One"))
        XCTAssertFalse(driver.screenText.contains("Dr. South One"))
    }

    func testProfile80x24() throws {
        var driver = try people(width: 80, height: 24)
        driver.press(.char("j"), .enter)
        driver.settleScreens()
        XCTAssertNil(GoldenFile.mismatch(driver.render(), named: "people-profile-80x24"))
        XCTAssertTrue(driver.screenText.contains("Recent insights"))
    }

    func testProfile160x48() throws {
        var driver = try people(width: 160, height: 48)
        driver.press(.char("j"), .enter)
        driver.settleScreens()
        XCTAssertNil(GoldenFile.mismatch(driver.render(), named: "people-profile-160x48"))
    }

    func testTeam80x24() throws {
        var driver = try people(width: 80, height: 24)
        driver.press(.char("t"))
        driver.settleScreens()
        XCTAssertNil(GoldenFile.mismatch(driver.render(), named: "people-team-80x24"))
        XCTAssertTrue(driver.screenText.contains("Maria Lopez"))
    }
}
