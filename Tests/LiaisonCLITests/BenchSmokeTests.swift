import Foundation
import XCTest

/// `liaison-bench` end to end: the smoke run generates 10k insights and runs every non-TUI
/// case once. No timing is checked; the test proves the tool works and reports every case.
final class BenchSmokeTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-bench-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
    }

    func testSmokeRunMeasuresEveryNonTUICase() throws {
        let json = folder.appendingPathComponent("smoke.json").path
        let result = try run(["smoke", "--json", json])
        XCTAssertEqual(result.status, 0, "stdout: \(result.stdout)\nstderr: \(result.stderr)")
        XCTAssertTrue(result.stdout.contains("smoke run passed"), result.stdout)
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as? [String: Any]
        let cases = report?["cases"] as? [[String: Any]] ?? []
        let measured = Set(cases.filter { $0["summary"] != nil }.compactMap { $0["name"] as? String })
        for name in ["search.relevance", "search.newest", "import.csv", "clash.full", "clash.incremental"] {
            XCTAssertTrue(measured.contains(name), "\(name) has no samples in \(measured.sorted())")
        }
        XCTAssertEqual(report?["insights"] as? Int, 10_000)
    }

    func testGenerateRefusesAnExistingDatabase() throws {
        let db = folder.appendingPathComponent("existing.sqlite").path
        XCTAssertTrue(FileManager.default.createFile(atPath: db, contents: Data("keep".utf8)))
        let result = try run(["generate", "--scale", "10k", "--db", db])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("already exists"), result.stderr)
        XCTAssertEqual(try String(contentsOfFile: db, encoding: .utf8), "keep")
    }

    func testRunRejectsAnUnknownCase() throws {
        let result = try run(["run", "--db", folder.appendingPathComponent("none.sqlite").path, "--only", "search,nonsense"])
        XCTAssertNotEqual(result.status, 0)
    }

    /// Runs the `liaison-bench` binary built next to the test bundle.
    private func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = try CLIRunner.binary(named: "liaison-bench")
        process.arguments = arguments
        let out = folder.appendingPathComponent("stdout-\(UUID().uuidString)")
        let err = folder.appendingPathComponent("stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, try String(contentsOf: out, encoding: .utf8), try String(contentsOf: err, encoding: .utf8))
    }
}
