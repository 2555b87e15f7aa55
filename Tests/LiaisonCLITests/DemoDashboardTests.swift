import Foundation
import LiaisonCore
import XCTest

/// `--demo` and `init --demo`, run against the fixture standing in for the bundled demo
/// dataset (through `LIAISON_RESOURCES`), so the expectations do not depend on generated data.
final class DemoDashboardTests: CLITestCase {
    private var resources: [String: String] = [:]

    override func setUpWithError() throws {
        try super.setUpWithError()
        let folder = cli.path("resources")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let bundled = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Resources")
        for name in ["taxonomy.json", "restricted-words.json", "roles.json", "config.json"] {
            try FileManager.default.copyItem(
                at: bundled.appendingPathComponent(name), to: URL(fileURLWithPath: folder).appendingPathComponent(name))
        }
        try FixtureDataset.json().write(to: URL(fileURLWithPath: folder).appendingPathComponent("demo-dataset.json"))
        resources = ["LIAISON_RESOURCES": folder]
    }

    func testDemoPrintsADashboardPerRegion() throws {
        let result = expectSuccess(try cli.runRaw(["--demo"], environment: resources))
        let text = result.stdout
        XCTAssertTrue(text.contains("as of 2026-01-17"), "the fixture's newest insight sets the date: \(text)")
        let north = try XCTUnwrap(text.range(of: "North")).lowerBound
        let south = try XCTUnwrap(text.range(of: "South  region:south")).lowerBound
        let northBlock = String(text[north..<south])
        XCTAssertTrue(northBlock.contains("Nora North (former MSL)"), northBlock)
        XCTAssertTrue(northBlock.contains("2027-H1 inReview"), northBlock)
        XCTAssertTrue(northBlock.contains("insights, 30 days  2   ▁▁▁▁▁▁▁▁▁▁▁█"), northBlock)
        XCTAssertTrue(northBlock.contains("diagnostic-pathway 1 · education-need 1"), northBlock)
        XCTAssertTrue(text.contains("open decisions 1"), "one open national decision: \(text)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.db), "--demo must not touch the real database")
    }

    func testInitDemoLoadsTheBundledDataset() throws {
        expectSuccess(try cli.run(["init", "--demo"], environment: resources))
        XCTAssertEqual(try allInsights().count, 3)
        let decisions = try decode([Decision].self, from: expectSuccess(try cli.run(["decisions", "--format", "json"])))
        XCTAssertEqual(decisions.count, 2)
    }

    func testInitDemoWithAnInvalidDatasetLeavesNoDatabase() throws {
        var dataset = try FixtureDataset.make()
        dataset.hcps[0].regionID = "region:atlantis"
        try JSONCoding.encoder().encode(dataset)
            .write(to: URL(fileURLWithPath: cli.path("resources/demo-dataset.json")))
        let result = try cli.run(["init", "--demo"], environment: resources)
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("region:atlantis"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.db), "a failed init must not leave a database behind")
    }
}
