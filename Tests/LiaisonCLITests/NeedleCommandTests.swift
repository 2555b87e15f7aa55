import Foundation
import LiaisonCore
import XCTest

/// `liaison needle` and `liaison needle --segments` end to end on the demo database.
final class NeedleCommandTests: CLITestCase {
    private var environment: [String: String] = [:]

    override func setUpWithError() throws {
        try super.setUpWithError()
        environment = ["LIAISON_NOW": "2026-11-20T16:00:00Z", "XDG_CONFIG_HOME": cli.path("config")]
        expectSuccess(try cli.run(["init", "--demo"], environment: environment))
    }

    private func run(_ arguments: [String]) throws -> CLIResult {
        try cli.run(arguments, environment: environment)
    }

    private func jsonArray(_ result: CLIResult) throws -> [[String: Any]] {
        let value = try JSONSerialization.jsonObject(with: result.stdoutData)
        return try XCTUnwrap(value as? [[String: Any]], result.stdout)
    }

    func testJSONShowsEastRespifloPlannedFarAboveTheNeedle() throws {
        let rows = try jsonArray(expectSuccess(try run(["needle", "--product", "respiflo", "--region", "east", "--format", "json"])))
        XCTAssertEqual(rows.count, 1)
        let row = rows[0]
        XCTAssertEqual(row["productID"] as? String, "product:respiflo")
        XCTAssertEqual(row["regionID"] as? String, "region:east")
        XCTAssertEqual(row["planShare"] as? Int, 75)
        let reading = try XCTUnwrap(row["reading"] as? [String: Any])
        let needle = try XCTUnwrap(reading["needle"] as? Double)
        XCTAssertLessThan(needle, 50, "the drivers put Respiflo in East well toward digital")
        XCTAssertEqual(try XCTUnwrap(row["gap"] as? Double), 75 - needle, accuracy: 0.0001)
        let drivers = try XCTUnwrap(reading["drivers"] as? [String: [String: Any]])
        XCTAssertEqual(Set(drivers.keys), ["complexity", "lifecycle", "access", "preference", "vision"])
        for (name, driver) in drivers {
            XCTAssertFalse((driver["explanation"] as? String ?? "").isEmpty, name)
        }
        let weights = try XCTUnwrap(reading["weights"] as? [String: Double])
        XCTAssertEqual(weights.values.reduce(0, +), 1, accuracy: 0.0001)
    }

    func testUnfilteredListingCoversEveryProductNationallyAndPerRegion() throws {
        let rows = try jsonArray(expectSuccess(try run(["needle", "--format", "json"])))
        XCTAssertEqual(rows.count, 3 * 5, "3 products × (national + 4 regions)")
        XCTAssertEqual(rows.filter { $0["regionID"] == nil }.count, 3)
        let csv = expectSuccess(try run(["needle", "--region", "national", "--format", "csv"])).stdout
        let lines = csv.split(separator: "\n")
        XCTAssertEqual(lines.count, 4)
        XCTAssertTrue(lines[0].hasPrefix("product,region,complexity,lifecycle,access,preference,vision,"), String(lines[0]))
    }

    func testTableExplainsEachDriver() throws {
        let text = expectSuccess(try run(["needle", "--product", "product:respiflo", "--region", "region:east"])).stdout
        XCTAssertTrue(text.contains("Respiflo · East: needle"), text)
        XCTAssertTrue(text.contains("plan 75% F2F (east-2027-h1)"), text)
        for label in ["Complexity", "Lifecycle", "F2F access", "Customer preference", "Company vision"] {
            XCTAssertTrue(text.contains("  \(label) "), "\(label) missing:\n\(text)")
        }
        XCTAssertTrue(text.contains("lifecycle stage mature"), text)
    }

    func testWeightsFromTheUserConfigMoveTheNeedle() throws {
        let equal = try jsonArray(expectSuccess(try run(["needle", "--product", "respiflo", "--region", "east", "--format", "json"])))
        try FileManager.default.createDirectory(atPath: cli.path("config/liaison"), withIntermediateDirectories: true)
        try cli.write(#"{"needle": {"weights": {"complexity": 0, "lifecycle": 0, "access": 0, "preference": 0, "vision": 1}}}"#,
                      to: "config/liaison/config.json")
        let vision = try jsonArray(expectSuccess(try run(["needle", "--product", "respiflo", "--region", "east", "--format", "json"])))
        let before = try XCTUnwrap((equal[0]["reading"] as? [String: Any])?["needle"] as? Double)
        let after = try XCTUnwrap((vision[0]["reading"] as? [String: Any])?["needle"] as? Double)
        XCTAssertNotEqual(before, after, accuracy: 0.5)
        XCTAssertEqual(after, 60, accuracy: 0.0001, "only company vision (60) counts")
    }

    func testAllZeroWeightsAndUnknownNamesAreClearErrors() throws {
        try FileManager.default.createDirectory(atPath: cli.path("config/liaison"), withIntermediateDirectories: true)
        let unknownProduct = try run(["needle", "--product", "aspirin"])
        XCTAssertEqual(unknownProduct.status, 1)
        XCTAssertTrue(unknownProduct.stderr.contains("--product: unknown product 'product:aspirin'"), unknownProduct.stderr)
        let unknownRegion = try run(["needle", "--region", "mars"])
        XCTAssertEqual(unknownRegion.status, 1)
        XCTAssertTrue(unknownRegion.stderr.contains("--region: unknown region 'region:mars'"), unknownRegion.stderr)
        try cli.write(#"{"needle": {"weights": {"complexity": 0, "lifecycle": 0, "access": 0, "preference": 0, "vision": 0}}}"#,
                      to: "config/liaison/config.json")
        let zero = try run(["needle"])
        XCTAssertEqual(zero.status, 1)
        XCTAssertTrue(zero.stderr.contains("needle.weights"), zero.stderr)
        XCTAssertTrue(zero.stderr.contains("all five weights are 0"), zero.stderr)
        XCTAssertTrue(zero.stdout.isEmpty)
    }

    func testSegmentsCountHCPsPerPlaceAndAudience() throws {
        let dataset = try decode(Dataset.self, from: expectSuccess(try run(["export", "--format", "json"])))
        let rows = try jsonArray(expectSuccess(try run(["needle", "--segments", "--format", "json"])))
        XCTAssertEqual(rows.count, 5 * 4, "(national + 4 regions) × (all HCPs + 3 product audiences)")
        let north = try XCTUnwrap(rows.first { $0["regionID"] as? String == "region:north" && $0["productID"] == nil })
        let counts = try XCTUnwrap(north["counts"] as? [String: Int])
        XCTAssertEqual(counts.values.reduce(0, +), dataset.hcps.filter { $0.regionID == "region:north" }.count)
        XCTAssertEqual(counts["digitalOnly"], dataset.hcps.filter {
            $0.regionID == "region:north" && ($0.channelPreference == .digital || $0.faceToFaceAccess == .none)
        }.count)
        let table = expectSuccess(try run(["needle", "--segments", "--region", "north", "--product", "oncavia"])).stdout
        XCTAssertTrue(table.contains("F2F-OPEN KOLS"), table)
        XCTAssertTrue(table.contains("North  Oncavia audience"), table)
        XCTAssertFalse(table.contains("all HCPs"), table)
    }
}
