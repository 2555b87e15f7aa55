import LiaisonApp
import TerminalKit
import XCTest

/// The update function's navigation: Tab, digits, help, palette, back, mouse, resize, the form.
final class NavigationTests: XCTestCase {
    private func driver(width: Int = 80, height: Int = 24, personID: String? = AppFixture.mslID) throws -> AppDriver {
        var driver = AppDriver(env: try AppFixture.environment(store: try AppFixture.store(), personID: personID), width: width, height: height)
        try driver.loadDashboard()
        return driver
    }

    func testTabAndShiftTabCycleThroughScreens() throws {
        var driver = try driver()
        driver.press(.tab)
        XCTAssertEqual(driver.state.screen, .plans)
        for _ in 1..<Screen.allCases.count { driver.press(.tab) }
        XCTAssertEqual(driver.state.screen, .dashboard)
        driver.press(.backTab)
        XCTAssertEqual(driver.state.screen, .meeting)
    }

    func testDigitsOpenScreensByNumber() throws {
        var driver = try driver()
        driver.type("3")
        XCTAssertEqual(driver.state.screen, .insights)
        XCTAssertTrue(driver.render()[0].contains("3 Insi"))
        driver.type("9")
        XCTAssertEqual(driver.state.screen, .insights, "a digit without a screen does nothing")
        driver.type("1")
        XCTAssertEqual(driver.state.screen, .dashboard)
    }

    func testHelpOpensAndClosesAndTakesTheKeys() throws {
        var driver = try driver()
        driver.type("?")
        guard case .help = driver.state.overlay else { return XCTFail("help not open") }
        driver.type("2")
        XCTAssertEqual(driver.state.screen, .dashboard, "keys go to the overlay while it is open")
        XCTAssertTrue(driver.screenText.contains("Region insights"))
        XCTAssertTrue(driver.screenText.contains("Command palette"))
        driver.press(.escape)
        XCTAssertNil(driver.state.overlay)
        XCTAssertFalse(driver.state.isQuitting)
    }

    func testPaletteGoesToAScreenByFuzzyCommand() throws {
        var driver = try driver()
        driver.type(":to ins")
        driver.press(.enter)
        XCTAssertNil(driver.state.overlay)
        XCTAssertEqual(driver.state.screen, .insights)
    }

    func testPaletteSwitchesThemeAndEscCancels() throws {
        var driver = try driver()
        driver.type(":light")
        driver.press(.enter)
        XCTAssertEqual(driver.state.theme.name, "light")
        XCTAssertEqual(driver.state.status?.text, "Theme: light")
        driver.type(":")
        driver.press(.escape)
        XCTAssertNil(driver.state.overlay)
        XCTAssertEqual(driver.state.screen, .dashboard)
    }

    func testSwitchPersonPicksFromPeople() throws {
        var driver = try driver()
        let people = try driver.env.store.people()
        driver.deliver(.chrome(.peopleLoaded(people)))
        driver.type("ben")
        driver.press(.enter)
        XCTAssertEqual(driver.state.person?.id, "person:ben-novak")
        XCTAssertTrue(driver.render().joined(separator: "\n").contains("Ben Novak"))
    }

    func testStartWithoutPersonOpensThePicker() throws {
        var driver = try driver(personID: nil)
        XCTAssertTrue(driver.state.picksPersonOnStart)
        driver.deliver(.chrome(.peopleLoaded(try driver.env.store.people())))
        guard case .palette(let palette) = driver.state.overlay, case .people = palette.mode else {
            return XCTFail("person picker not open")
        }
        XCTAssertTrue(driver.screenText.contains("Who are you?"))
    }

    func testQAndEscGoBackToTheDashboardThenQQuits() throws {
        var driver = try driver()
        driver.type("2")
        driver.press(.escape)
        XCTAssertEqual(driver.state.screen, .dashboard)
        XCTAssertFalse(driver.state.isQuitting)
        driver.type("4q")
        XCTAssertEqual(driver.state.screen, .dashboard)
        driver.press(.escape)
        XCTAssertFalse(driver.state.isQuitting, "Esc on the dashboard does not quit")
        driver.type("q")
        XCTAssertTrue(driver.state.isQuitting)
    }

    func testClickingATabSelectsIt() throws {
        var driver = try driver()
        let tabs = AppLayout.tabs(selected: .dashboard, theme: .dark, width: 80)
        let ranges = tabs.tabRanges(in: Rect(x: 0, y: 0, width: 80, height: 1))
        driver.click(x: ranges[2].lowerBound + 1, y: 0)
        XCTAssertEqual(driver.state.screen, .insights)
        driver.click(x: ranges[2].upperBound, y: 0)
        XCTAssertEqual(driver.state.screen, .insights, "a click on the divider changes nothing")
    }

    func testClickingATileSelectsIt() throws {
        var driver = try driver()
        driver.click(x: 60, y: 12)
        XCTAssertEqual(driver.state.dashboard.selectedTile, 3)
        driver.press(.enter)
        XCTAssertEqual(driver.state.screen, .plans)
    }

    func testArrowsMoveThroughTheGrid() throws {
        var driver = try driver()
        driver.press(.right)
        XCTAssertEqual(driver.state.dashboard.selectedTile, 1)
        driver.press(.down)
        XCTAssertEqual(driver.state.dashboard.selectedTile, 3, "two tiles across at 80 columns")
        driver.resize(width: 160, height: 48)
        driver.press(.left, .up)
        XCTAssertEqual(driver.state.dashboard.selectedTile, 2, "four across at 160 columns: up stays in the only row")
    }

    func testResizeReflowsTheDashboard() throws {
        var driver = try driver()
        XCTAssertEqual(driver.render().count, 24)
        driver.resize(width: 160, height: 48)
        XCTAssertEqual(driver.state.size, Size(width: 160, height: 48))
        let lines = driver.render()
        XCTAssertEqual(lines.count, 48)
        XCTAssertEqual(lines[0].count, 160)
        let tileRow = lines[1]
        for name in ["North", "South", "East", "West"] {
            XCTAssertTrue(tileRow.contains(name), "all four tiles on one row at 160 columns: \(tileRow)")
        }
    }

    func testNewInsightOpensFromAnywhereAndOwnsTheKeys() throws {
        var driver = try driver()
        driver.type("3n")
        XCTAssertNotNil(driver.state.logInsight)
        driver.type("1")
        XCTAssertEqual(driver.state.screen, .insights, "digits are typed into the form, not global")
        driver.press(.escape)
        XCTAssertNil(driver.state.logInsight)
        XCTAssertEqual(driver.state.screen, .insights)
    }

    func testNewInsightNeedsAPerson() throws {
        var driver = try driver(personID: nil)
        driver.type("n")
        XCTAssertNil(driver.state.logInsight)
        XCTAssertEqual(driver.state.status?.kind, .error)
    }
}

/// Mouse clicks on the dashboard's "me" panel open what was clicked.
final class MePanelClickTests: XCTestCase {
    func testClickingAnInsightOpensItAndADraftContinuesIt() throws {
        var driver = AppDriver(env: try AppFixture.environment(store: try AppFixture.store()), width: 80, height: 24)
        try driver.loadDashboard()
        let lines = driver.render()
        let firstInsightRow = try XCTUnwrap(lines.firstIndex { $0.contains("My insights") }) + 1
        driver.click(x: 5, y: firstInsightRow)
        XCTAssertEqual(driver.state.screen, .insights)
        driver.type("1")
        try driver.loadDashboard()
        let draftColumn = try XCTUnwrap(lines[firstInsightRow - 1].range(of: "My drafts")).lowerBound.utf16Offset(in: lines[firstInsightRow - 1])
        driver.click(x: draftColumn + 2, y: firstInsightRow)
        XCTAssertNotNil(driver.state.logInsight, "a click on a draft opens the form")
    }
}
