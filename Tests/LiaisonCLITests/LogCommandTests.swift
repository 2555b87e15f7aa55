import Foundation
import LiaisonCore
import XCTest

final class LogCommandTests: CLITestCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        try initWithFixture()
    }

    func testLogPrintsTheNewIdWhichThenAppearsInTheListing() throws {
        let result = expectSuccess(try cli.run([
            "log", "Neurologists want a shorter titration scheme", "--theme", "treatment-practice",
            "--hcp", "h0001", "--product", "lumora", "--sentiment", "1", "--as", "mia-msl",
        ]))
        let printed = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let id = try XCTUnwrap(UUID(uuidString: printed), "stdout must be the UUID only: \(result.stdout)")
        let logged = try XCTUnwrap(try allInsights().first { $0.id == id })
        XCTAssertEqual(logged.regionID, "region:north", "region comes from the HCP")
        XCTAssertEqual(logged.institutionID, "inst:uh-north", "institution comes from the HCP")
        XCTAssertEqual(logged.authorID, "person:mia-msl")
        XCTAssertEqual(logged.sentiment, 1)
    }

    func testAuthorMayComeFromTheEnvironment() throws {
        let result = expectSuccess(try cli.run(
            ["log", "Payers want outcome data", "--theme", "access-reimbursement"],
            environment: ["LIAISON_AS": "person:sam-rmd"]))
        let id = try XCTUnwrap(UUID(uuidString: result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
        XCTAssertEqual(try allInsights().first { $0.id == id }?.regionID, "region:south", "defaults to the author's region")
    }

    func testLogWithoutAuthorSaysHowToFixIt() throws {
        let result = try cli.run(["log", "Some text", "--theme", "unmet-need"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("--as"), result.stderr)
        XCTAssertTrue(result.stderr.contains("LIAISON_AS"), result.stderr)
    }

    func testLogByUnknownPersonFails() throws {
        let result = try cli.run(["log", "Some text", "--theme", "unmet-need", "--as", "person:nobody"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("person:nobody"), result.stderr)
    }

    func testRestrictedWordBlocksTheSaveAndNamesTheWord() throws {
        let before = try allInsights().count
        let result = try cli.run(["log", "She called it a miracle drug", "--theme", "unmet-need", "--as", "mia-msl"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("\"miracle\""), result.stderr)
        XCTAssertTrue(result.stderr.contains("promotional"), result.stderr)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(try allInsights().count, before, "nothing may be written")
    }

    func testPhoneNumberBlocksTheSave() throws {
        let before = try allInsights().count
        let result = try cli.run([
            "log", "Call the patient's daughter on +49 170 1234567", "--theme", "patient-experience", "--as", "mia-msl",
        ])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("phone"), result.stderr)
        XCTAssertTrue(result.stderr.contains("170 1234567"), result.stderr)
        XCTAssertEqual(try allInsights().count, before, "nothing may be written")
    }

    func testUnknownThemeNamesTheField() throws {
        let result = try cli.run(["log", "Some text", "--theme", "gossip", "--as", "mia-msl"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("--theme"), result.stderr)
        XCTAssertTrue(result.stderr.contains("gossip"), result.stderr)
    }

    func testUnknownHCPAndRegionNameTheirOption() throws {
        let hcp = try cli.run(["log", "Some text", "--theme", "unmet-need", "--hcp", "h9999", "--as", "mia-msl"])
        XCTAssertNotEqual(hcp.status, 0)
        XCTAssertTrue(hcp.stderr.contains("--hcp"), hcp.stderr)
        let region = try cli.run(["log", "Some text", "--theme", "unmet-need", "--region", "west", "--as", "mia-msl"])
        XCTAssertNotEqual(region.status, 0)
        XCTAssertTrue(region.stderr.contains("--region"), region.stderr)
    }

    func testRegionThatConflictsWithTheHCPIsAnError() throws {
        let result = try cli.run([
            "log", "Some text", "--theme", "unmet-need", "--hcp", "h0001", "--region", "south", "--as", "mia-msl",
        ])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("region:north"), result.stderr)
    }

    func testSentimentOutOfRangeNamesTheOption() throws {
        let result = try cli.run(["log", "Some text", "--theme", "unmet-need", "--sentiment", "5", "--as", "mia-msl"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("--sentiment"), result.stderr)
    }

    func testUnknownListeningPriorityIsRejectedAndAKnownOneIsStored() throws {
        let bad = try cli.run(["log", "Some text", "--theme", "unmet-need", "--listening-priority", "lp:nope", "--as", "mia-msl"])
        XCTAssertNotEqual(bad.status, 0)
        XCTAssertTrue(bad.stderr.contains("lp:diagnosis-delay"), bad.stderr)
        let good = expectSuccess(try cli.run([
            "log", "Referral takes a year", "--theme", "diagnostic-pathway", "--listening-priority", "diagnosis-delay",
            "--at", "2026-01-10", "--as", "mia-msl",
        ]))
        let id = UUID(uuidString: good.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        let stored = try XCTUnwrap(try allInsights().first { $0.id == id })
        XCTAssertEqual(stored.listeningPriority, "lp:diagnosis-delay")
        XCTAssertEqual(stored.interactionAt, ISO8601DateFormatter().date(from: "2026-01-10T00:00:00Z"))
    }
}
