import Foundation
import LiaisonApp
import LiaisonCore
import LiaisonStore
import TerminalKit
import XCTest

/// The bundled demo dataset on the fixed clock, driven as a given person, for the Clashes
/// and Decisions screen tests.
enum ClashFixture {
    /// The first north MSL (the person `liaison --demo` opens as).
    static let msl: PersonID = "person:jan-petersen"
    /// The north RMD: Responsible, not Accountable, for educational-format decisions.
    static let northRMD: PersonID = "person:katrin-lange"
    /// The medical director: Accountable for every topic.
    static let director: PersonID = "person:claudia-engel"
    /// The study-site clash at a university hospital from seed 000.
    static let studySiteClash = "studySite:study:oncavia-301/inst:uk-isarhoehe"

    /// A driver on a fresh in-memory demo store, acting as `person`.
    static func driver(as person: PersonID = msl, width: Int = 80, height: Int = 24) throws -> AppDriver {
        let dataset = try AppFixture.demoDataset()
        guard !dataset.regions.isEmpty else { throw XCTSkip("the bundled demo dataset is empty") }
        let store = try AppFixture.demoStore()
        return AppDriver(env: try AppFixture.environment(store: store, personID: person), width: width, height: height)
    }

    /// A driver already on the Clashes screen with the list loaded.
    static func clashes(as person: PersonID = msl, width: Int = 80, height: Int = 24) throws -> AppDriver {
        var driver = try driver(as: person, width: width, height: height)
        driver.pressAndSettle(.char("5"))
        return driver
    }

    /// A driver on the Decisions screen with the detail of the decision titled `title` open.
    static func decision(titled title: String, as person: PersonID, width: Int = 80, height: Int = 24) throws -> AppDriver {
        var driver = try driver(as: person, width: width, height: height)
        driver.pressAndSettle(.char("6"))
        for _ in DecisionSection.allCases {
            if let index = driver.state.decisions.visible.firstIndex(where: { $0.title == title }) {
                for _ in 0..<index { driver.send(.key(.down)) }
                driver.pressAndSettle(.enter)
                return driver
            }
            driver.pressAndSettle(.right)
        }
        throw XCTSkip("the demo dataset has no decision titled \(title)")
    }

    /// Moves the Clashes list selection onto `clashID`.
    static func select(_ clashID: String, in driver: inout AppDriver) throws {
        let index = try XCTUnwrap(driver.state.clashes.visible.firstIndex { $0.clashID == clashID }, "\(clashID) is not listed")
        driver.send(.key(.home))
        for _ in 0..<index { driver.send(.key(.down)) }
        XCTAssertEqual(driver.state.clashes.selected?.clashID, clashID)
    }
}
