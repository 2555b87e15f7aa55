import Foundation
import LiaisonCore
import XCTest

/// Base for the end-to-end tests: a fresh runner (own temp folder and database) per test.
class CLITestCase: XCTestCase {
    var cli: CLIRunner!

    override func setUpWithError() throws {
        cli = try CLIRunner()
    }

    override func tearDown() {
        cli?.cleanUp()
        cli = nil
    }

    /// Creates the test database and imports `FixtureDataset`.
    func initWithFixture(file: StaticString = #filePath, line: UInt = #line) throws {
        try expectSuccess(cli.run(["init"]), file: file, line: line)
        let path = try cli.write(FixtureDataset.json(), to: "fixture.json")
        try expectSuccess(cli.run(["import", path]), file: file, line: line)
    }

    /// Fails unless the run exited 0; returns it for further checks.
    @discardableResult
    func expectSuccess(_ result: CLIResult, file: StaticString = #filePath, line: UInt = #line) -> CLIResult {
        XCTAssertEqual(result.status, 0, "stderr: \(result.stderr)", file: file, line: line)
        return result
    }

    /// Decodes stdout as JSON of `type`, failing the test when it does not parse.
    func decode<T: Decodable>(_ type: T.Type, from result: CLIResult, file: StaticString = #filePath, line: UInt = #line) throws -> T {
        do {
            return try JSONCoding.decoder().decode(type, from: result.stdoutData)
        } catch {
            XCTFail("stdout is not JSON of \(type): \(error)\n\(result.stdout)", file: file, line: line)
            throw error
        }
    }

    /// The insights in the database, via `insights --format json --limit 0`.
    func allInsights(file: StaticString = #filePath, line: UInt = #line) throws -> [Insight] {
        let result = expectSuccess(try cli.run(["insights", "--format", "json", "--limit", "0"]), file: file, line: line)
        return try decode([Insight].self, from: result, file: file, line: line)
    }
}
