import Foundation
import LiaisonCore
import XCTest

/// `liaison touchpoints` and `liaison touchpoint log` end to end on the demo database.
final class TouchpointCommandTests: CLITestCase {
    private var environment: [String: String] = [:]
    private let msl = "person:felix-neumann"

    override func setUpWithError() throws {
        try super.setUpWithError()
        environment = ["LIAISON_NOW": "2026-11-20T16:00:00Z", "XDG_CONFIG_HOME": cli.path("config")]
        expectSuccess(try cli.run(["init", "--demo"], environment: environment))
    }

    private func run(_ arguments: [String]) throws -> CLIResult {
        try cli.run(arguments, environment: environment)
    }

    private func touchpoints(_ arguments: [String]) throws -> [Touchpoint] {
        try decode([Touchpoint].self, from: expectSuccess(try run(["touchpoints", "--format", "json"] + arguments)))
    }

    func testListingFiltersByHCPSinceAndFunctionNewestFirst() throws {
        let dataset = try decode(Dataset.self, from: expectSuccess(try run(["export", "--format", "json"])))
        let mine = dataset.touchpoints.filter { $0.hcpID == "hcp:h0240" }
        let listed = try touchpoints(["--hcp", "h0240", "--limit", "0"])
        XCTAssertEqual(Set(listed.map(\.id)), Set(mine.map(\.id)))
        XCTAssertEqual(listed.map(\.date), listed.map(\.date).sorted(by: >))
        let since = try XCTUnwrap(ISO8601DateFormatter().date(from: "2026-10-01T00:00:00Z"))
        let recentSales = try touchpoints(["--since", "2026-10-01", "--function", "sales", "--limit", "0"])
        XCTAssertEqual(recentSales.count, dataset.touchpoints.filter { $0.date >= since && $0.function == .sales }.count)
        XCTAssertFalse(recentSales.isEmpty)
        XCTAssertEqual(try touchpoints(["--limit", "7"]).count, 7)
        let table = expectSuccess(try run(["touchpoints", "--hcp", "hcp:h0240", "--limit", "3"])).stdout
        XCTAssertTrue(table.hasPrefix("DATE"), table)
        XCTAssertTrue(table.contains("Dr. Yvonne Reuter"), table)
        XCTAssertEqual(table.split(separator: "\n").count, 4)
    }

    func testLoggedTouchpointAppearsInTheListing() throws {
        let result = expectSuccess(try run([
            "touchpoint", "log", "--hcp", "h0240", "--function", "msl", "--channel", "remote",
            "--topic", "Follow-up on COPD exacerbation data", "--at", "2026-11-19T10:00:00Z", "--as", msl,
        ]))
        let id = try XCTUnwrap(UUID(uuidString: result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)), result.stdout)
        let newest = try XCTUnwrap(try touchpoints(["--hcp", "h0240", "--function", "msl", "--limit", "1"]).first)
        XCTAssertEqual(newest.id, id)
        XCTAssertEqual(newest.channel, .remote)
        XCTAssertEqual(newest.topic, "Follow-up on COPD exacerbation data")
        XCTAssertEqual(newest.date, ISO8601DateFormatter().date(from: "2026-11-19T10:00:00Z"))
        let csv = expectSuccess(try run(["touchpoints", "--hcp", "h0240", "--limit", "1", "--format", "csv"])).stdout
        XCTAssertTrue(csv.contains(id.uuidString), csv)
        let defaults = expectSuccess(try run(["touchpoints", "log", "--hcp", "h0240", "--topic", "Quick question", "--as", msl]))
        let second = try XCTUnwrap(try touchpoints(["--hcp", "h0240", "--limit", "1"]).first)
        XCTAssertEqual(second.id.uuidString, defaults.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        XCTAssertEqual(second.function, .msl)
        XCTAssertEqual(second.channel, .faceToFace)
        XCTAssertEqual(second.date, ISO8601DateFormatter().date(from: "2026-11-20T16:00:00Z"), "defaults to LIAISON_NOW")
    }

    func testCSVListingImportsBackUnchanged() throws {
        let before = try touchpoints(["--hcp", "h0240", "--limit", "0"])
        let csv = expectSuccess(try run(["touchpoints", "--hcp", "h0240", "--limit", "0", "--format", "csv"])).stdout
        XCTAssertTrue(csv.hasPrefix("id,date,hcp,function,channel,topic\n"), csv)
        let path = try cli.write(csv, to: "touchpoints.csv")
        let imported = expectSuccess(try run(["import", path, "--as", msl]))
        XCTAssertTrue(imported.stderr.contains("imported \(before.count) touchpoints"), imported.stderr)
        XCTAssertEqual(try touchpoints(["--hcp", "h0240", "--limit", "0"]), before, "same ids: updated in place, nothing added")
    }

    func testBadInputIsRefusedAndNothingIsWritten() throws {
        let before = try touchpoints(["--limit", "0"]).count
        let cases: [([String], Int32, String)] = [
            (["--hcp", "h9999", "--topic", "x", "--as", msl], 1, "--hcp: unknown HCP 'hcp:h9999'"),
            (["--hcp", "h0240", "--topic", "   ", "--as", msl], 1, "--topic (touchpoint.topic)"),
            (["--hcp", "h0240", "--topic", "x", "--at", "2027-01-01", "--as", msl], 1, "--at: 2027-01-01T00:00:00Z is in the future"),
            (["--hcp", "h0240", "--topic", "x", "--as", "person:nobody"], 1, "--as: unknown person 'person:nobody'"),
            (["--hcp", "h0240", "--topic", "x"], 1, "pass --as PERSON"),
            (["--hcp", "h0240", "--topic", "x", "--function", "astrology", "--as", msl], 64, "'astrology' is invalid for '--function"),
            (["--hcp", "h0240", "--topic", "x", "--at", "soon", "--as", msl], 64, "'soon' is invalid for '--at"),
            (["--topic", "x", "--as", msl], 64, "Missing expected argument '--hcp"),
        ]
        for (arguments, status, message) in cases {
            let result = try run(["touchpoint", "log"] + arguments)
            XCTAssertEqual(result.status, status, arguments.joined(separator: " "))
            XCTAssertTrue(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stdout.isEmpty, result.stdout)
        }
        XCTAssertEqual(try touchpoints(["--limit", "0"]).count, before)
        let listing = try run(["touchpoints", "--hcp", "h9999"])
        XCTAssertEqual(listing.status, 1)
        XCTAssertTrue(listing.stderr.contains("--hcp: unknown HCP 'hcp:h9999'"), listing.stderr)
    }
}
