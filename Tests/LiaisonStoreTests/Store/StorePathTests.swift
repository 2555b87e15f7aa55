import XCTest
@testable import LiaisonStore

final class StorePathTests: XCTestCase {
    private let environment = [
        "LIAISON_DB": "/env/liaison.sqlite", "XDG_DATA_HOME": "/xdg", "HOME": "/home/mia",
    ]

    func testExplicitPathWins() {
        XCTAssertEqual(StorePath.resolve(explicit: "/cli/db.sqlite", environment: environment), "/cli/db.sqlite")
    }

    func testEnvironmentVariableComesNext() {
        XCTAssertEqual(StorePath.resolve(explicit: nil, environment: environment), "/env/liaison.sqlite")
        XCTAssertEqual(StorePath.resolve(explicit: "", environment: environment), "/env/liaison.sqlite")
    }

    func testXDGDataHomeComesThird() {
        var environment = environment
        environment["LIAISON_DB"] = ""
        XCTAssertEqual(StorePath.resolve(explicit: nil, environment: environment), "/xdg/liaison/liaison.sqlite")
        environment["XDG_DATA_HOME"] = "/xdg/"
        XCTAssertEqual(StorePath.resolve(explicit: nil, environment: environment), "/xdg/liaison/liaison.sqlite")
    }

    func testHomeLocalShareIsTheFallback() {
        XCTAssertEqual(
            StorePath.resolve(explicit: nil, environment: ["HOME": "/home/mia"]),
            "/home/mia/.local/share/liaison/liaison.sqlite")
        XCTAssertEqual(
            StorePath.resolve(explicit: nil, environment: ["HOME": "/home/mia", "XDG_DATA_HOME": ""]),
            "/home/mia/.local/share/liaison/liaison.sqlite")
    }
}
