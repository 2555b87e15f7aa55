import Foundation
import LiaisonCore
import LiaisonResources
import LiaisonStore
import XCTest

/// Drives the real `liaison` binary under tmux.
final class DashboardEndToEndTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        try TmuxSession.requireTmux()
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    /// A database file holding the fixture dataset.
    private func fixtureDatabase() throws -> String {
        let path = folder.appendingPathComponent("liaison.sqlite").path
        let store = try LiaisonStore(path: path, taxonomy: try AppFixture.taxonomy(), compliance: try AppFixture.compliance())
        try store.importDataset(try AppFixture.dataset(), actor: "person:fixture")
        return path
    }

    private func liaison(_ arguments: [String], width: Int = 80, height: Int = 24) throws -> TmuxSession {
        try TmuxSession([try TmuxSession.liaisonBinary()] + arguments, width: width, height: height,
                        environment: ["HOME": folder.path, "XDG_DATA_HOME": folder.path, "LIAISON_DB": ""])
    }

    func testDemoShowsEveryRegionOfTheDemoData() throws {
        let regions = try JSONCoding.decoder().decode(Dataset.self, from: try BundledResource.demoDataset.data()).regions
        let session = try liaison(["--demo"])
        if regions.isEmpty {
            try session.waitFor("1 Dashboard", "No regions yet")
        } else {
            for region in regions.prefix(4) { try session.waitFor(region.name) }
        }
        try session.sendKeys("q")
        XCTAssertEqual(try session.waitForExit(), 0)
    }

    func testDatabaseShowsTheFourRegionsAndThePerson() throws {
        let session = try liaison(["--db", try fixtureDatabase(), "--as", "anna-keller"])
        try session.waitFor("North", "South", "East", "West", "Anna Keller", "Enter plan")
        try session.sendKeys("q")
        XCTAssertEqual(try session.waitForExit(), 0)
    }

    func testResizeRedraws() throws {
        let session = try liaison(["--db", try fixtureDatabase(), "--as", "anna-keller"])
        try session.waitFor("North", "West")
        try session.resize(width: 160, height: 48)
        try session.waitUntil("four tiles on one row") { screen in
            let lines = screen.components(separatedBy: "\n")
            return lines.count > 2 && ["East", "North", "South", "West"].allSatisfy { lines[1].contains($0) }
        }
        try session.resize(width: 40, height: 10)
        try session.waitFor("Terminal too small")
        try session.resize(width: 80, height: 24)
        try session.waitFor("North", "My drafts")
    }

    func testCtrlCLeavesTheTerminalRestored() throws {
        let session = try liaison(["--db", try fixtureDatabase(), "--as", "anna-keller"])
        try session.waitFor("North")
        try session.type(":")
        try session.waitFor("Command")
        try session.sendKeys("C-c")
        XCTAssertEqual(try session.waitForExit(), 0)
        XCTAssertEqual(try session.unrestoredTTYFlags(), [])
    }

    func testMissingDatabaseSaysHowToCreateIt() throws {
        let missing = folder.appendingPathComponent("nothing.sqlite").path
        let session = try liaison(["--db", missing])
        let status = try session.waitForExit()
        XCTAssertNotEqual(status, 0)
        let screen = try session.capture()
        XCTAssertTrue(screen.contains("liaison init"), screen)
    }

    func testUnknownPersonIsAnError() throws {
        let session = try liaison(["--db", try fixtureDatabase(), "--as", "nobody"])
        XCTAssertNotEqual(try session.waitForExit(), 0)
        XCTAssertTrue(try session.capture().contains("unknown person 'person:nobody'"))
    }
}
