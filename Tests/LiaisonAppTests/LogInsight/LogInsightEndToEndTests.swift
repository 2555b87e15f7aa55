import Foundation
@testable import LiaisonApp
import LiaisonCore
import LiaisonResources
import LiaisonStore
import TerminalKit
import XCTest

/// Drives the real `liaison` binary under tmux on a database file: an insight logged through
/// the form is in the database afterwards (read back with `liaison insights --format json`),
/// and a SIGTERM while typing keeps the draft.
final class LogInsightEndToEndTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        try TmuxSession.requireTmux()
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-e2e-log-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    private var environment: [String: String] {
        ["HOME": folder.path, "XDG_DATA_HOME": folder.path, "LIAISON_DB": "", "LIAISON_AS": ""]
    }

    /// Runs the binary to completion (not under tmux) and returns its status and output.
    private func runCLI(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let result = try Subprocess.run([try TmuxSession.liaisonBinary()] + arguments, environment: environment)
        return (result.status, result.output)
    }

    /// A database made by `liaison init --demo`.
    private func demoDatabase() throws -> String {
        let path = folder.appendingPathComponent("liaison.sqlite").path
        let created = try runCLI(["init", "--demo", "--db", path])
        XCTAssertEqual(created.status, 0, created.output)
        return path
    }

    private func openStore(_ path: String) throws -> LiaisonStore {
        try LiaisonStore(path: path, taxonomy: try AppFixture.taxonomy(), compliance: try AppFixture.compliance())
    }

    private func tui(_ path: String, person: PersonID) throws -> TmuxSession {
        let slug = String(person.dropFirst("person:".count))
        return try TmuxSession([try TmuxSession.liaisonBinary(), "--db", path, "--as", slug], width: 100, height: 30, environment: environment)
    }

    func testAnInsightLoggedThroughTheFormIsInTheDatabase() throws {
        let path = try demoDatabase()
        let store = try openStore(path)
        let person = try XCTUnwrap(try LiaisonTUI.demoPerson(in: store))
        let hcp = try XCTUnwrap(try store.hcps(matching: HCPQuery(regionID: person.regionID), limit: 1).items.first)
        let session = try tui(path, person: person.id)
        try session.waitFor("1 Dashboard", person.name)
        try session.type("n")
        try session.waitFor("type a name, institution or city")
        try session.type(hcp.name)
        try session.waitFor("HCP — name, institution or city")
        try session.sendKeys("Enter")
        try session.waitFor("\(hcp.name) —")
        try session.sendKeys("Tab")
        try session.type("unmet")
        try session.sendKeys("Enter")
        try session.waitFor("Unmet need")
        try session.sendKeys("Tab", "Tab", "Tab", "Tab")
        try session.type("E2E marker 4711: waiting lists for echo are four months")
        try session.sendKeys("Tab")
        try session.type("Delays diagnosis")
        try session.sendKeys("C-s")
        try session.waitFor("Insight saved")
        try session.sendKeys("q")
        XCTAssertEqual(try session.waitForExit(), 0)

        let listed = try runCLI(["insights", "--db", path, "--format", "json", "--search", "4711"])
        XCTAssertEqual(listed.status, 0, listed.output)
        let insights = try JSONCoding.decoder().decode([Insight].self, from: Data(listed.output.utf8))
        XCTAssertEqual(insights.map(\.hcpID), [hcp.id], listed.output)
        XCTAssertTrue(insights.first?.whatWasSaid.contains("E2E marker 4711") ?? false, listed.output)
        let saved = try XCTUnwrap(try store.insights(matching: InsightQuery(search: "4711")).items.first)
        XCTAssertEqual(saved.hcpID, hcp.id)
        XCTAssertEqual(saved.authorID, person.id)
        XCTAssertEqual(saved.theme, "unmet-need")
        XCTAssertEqual(saved.status, .submitted)
        XCTAssertNil(try store.formDraft(personID: person.id, kind: LogInsightState.newInsightKind))
    }

    func testSIGTERMWhileTypingKeepsTheDraft() throws {
        let path = try demoDatabase()
        let store = try openStore(path)
        let person = try XCTUnwrap(try LiaisonTUI.demoPerson(in: store))
        let first = try tui(path, person: person.id)
        try first.waitFor("1 Dashboard", person.name)
        try first.type("n")
        try first.waitFor("type a name, institution or city")
        try first.sendKeys("Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab")
        try first.type("Killed mid-sentence about referr")
        try first.waitFor("Killed mid-sentence about referr")
        try first.signal(SIGTERM)
        XCTAssertNotEqual(try first.waitForExit(), 0)
        XCTAssertEqual(try first.unrestoredTTYFlags(), [])

        let second = try tui(path, person: person.id)
        try second.waitFor("1 Dashboard", person.name)
        try second.type("n")
        try second.waitFor("Killed mid-sentence about referr", "draft restored")
        try second.type("als")
        try second.waitFor("Killed mid-sentence about referrals")
        try second.sendKeys("Escape")
        try second.waitFor("Draft kept — press n to continue")
        try second.sendKeys("q")
        XCTAssertEqual(try second.waitForExit(), 0)
    }
}
