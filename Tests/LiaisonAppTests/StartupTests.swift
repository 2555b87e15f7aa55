import LiaisonApp
import LiaisonCore
import TerminalKit
import XCTest

/// Who the TUI opens as, and which colours it uses.
final class StartupTests: XCTestCase {
    func testPersonComesFromAsThenLiaisonAs() throws {
        let store = try AppFixture.store()
        XCTAssertEqual(try LiaisonTUI.resolvePerson(in: store, explicit: "anna-keller", environment: [:])?.name, "Anna Keller")
        XCTAssertEqual(try LiaisonTUI.resolvePerson(in: store, explicit: nil, environment: ["LIAISON_AS": "person:ben-novak"])?.name, "Ben Novak")
        XCTAssertEqual(try LiaisonTUI.resolvePerson(in: store, explicit: "chloe-roy", environment: ["LIAISON_AS": "ben-novak"])?.name, "Chloe Roy")
        XCTAssertNil(try LiaisonTUI.resolvePerson(in: store, explicit: nil, environment: ["LIAISON_AS": " "]))
    }

    func testUnknownPersonNamesTheSource() throws {
        let store = try AppFixture.store()
        XCTAssertThrowsError(try LiaisonTUI.resolvePerson(in: store, explicit: nil, environment: ["LIAISON_AS": "ghost"])) { error in
            XCTAssertTrue("\(error)".contains("LIAISON_AS: unknown person 'person:ghost'"), "\(error)")
        }
    }

    func testNoColorKeepsMonochromeWhenSwitchingTheme() throws {
        var env = try AppFixture.environment(store: try AppFixture.store())
        env.environment = ["NO_COLOR": "1"]
        env.theme = env.palette(named: "dark")
        XCTAssertEqual(env.theme.name, "monochrome")
        var driver = AppDriver(env: env)
        driver.type(":light")
        driver.press(.enter)
        XCTAssertEqual(driver.state.theme.name, "monochrome")
        XCTAssertTrue(driver.state.status?.text.contains("NO_COLOR") ?? false)
    }
}
