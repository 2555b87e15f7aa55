import Foundation
import LiaisonCore
import XCTest

final class InitCommandTests: CLITestCase {
    func testInitCreatesDatabaseReadableOnlyByOwner() throws {
        expectSuccess(try cli.run(["init"]))
        let attributes = try FileManager.default.attributesOfItem(atPath: cli.db)
        let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue
        XCTAssertEqual(mode.map { $0 & 0o777 }, 0o600)
    }

    func testInitRefusesToOverwriteAnExistingDatabase() throws {
        expectSuccess(try cli.run(["init"]))
        let again = try cli.run(["init"])
        XCTAssertNotEqual(again.status, 0)
        XCTAssertTrue(again.stderr.contains("already exists"), again.stderr)
    }

    func testInitDemoGivesInsightsThatParseBackAsJSON() throws {
        expectSuccess(try cli.run(["init", "--demo"]))
        let result = expectSuccess(try cli.run(["insights", "--format", "json", "--limit", "5"]))
        let insights = try decode([Insight].self, from: result)
        XCTAssertLessThanOrEqual(insights.count, 5)
    }

    func testCommandsOnMissingDatabaseSayHowToCreateIt() throws {
        let result = try cli.run(["insights"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("no database at \(cli.db)"), result.stderr)
        XCTAssertTrue(result.stderr.contains("liaison init"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.db), "a failed command must not create the database")
    }

    func testDatabasePathComesFromEnvironmentWhenNoOptionIsGiven() throws {
        let path = cli.path("from-env.sqlite")
        expectSuccess(try cli.runRaw(["init"], environment: ["LIAISON_DB": path]))
        XCTAssertTrue(FileManager.default.fileExists(atPath: path))
    }

    func testNoSubcommandPrintsHelp() throws {
        let result = expectSuccess(try cli.runRaw([]))
        XCTAssertTrue(result.stdout.contains("USAGE"), result.stdout)
        XCTAssertTrue(result.stdout.contains("insights"), result.stdout)
    }

    func testUnknownOptionIsAUsageError() throws {
        let result = try cli.run(["insights", "--colour", "red"])
        XCTAssertEqual(result.status, 64, result.stderr)
    }
}
