import Foundation
import XCTest
@testable import TerminalKit

final class GoldenFileTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("golden-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func testRecordThenCompare() throws {
        let lines = ["ab 日本", "   "]
        let missing = GoldenFile.mismatch(lines, named: "screen", directory: directory, environment: [:])
        XCTAssertNotNil(missing)
        XCTAssertTrue(missing!.contains("UPDATE_SNAPSHOTS=1"))
        XCTAssertNil(GoldenFile.mismatch(lines, named: "screen", directory: directory, environment: ["UPDATE_SNAPSHOTS": "1"]))
        let stored = try String(contentsOf: GoldenFile.snapshotURL(named: "screen", directory: directory), encoding: .utf8)
        XCTAssertEqual(stored, "ab 日本\n   \n")
        XCTAssertNil(GoldenFile.mismatch(lines, named: "screen", directory: directory, environment: [:]))
    }

    func testMismatchShowsTheDifferingLines() {
        _ = GoldenFile.mismatch(["same", "old"], named: "s", directory: directory, environment: ["UPDATE_SNAPSHOTS": "1"])
        let report = GoldenFile.mismatch(["same", "new", "extra"], named: "s", directory: directory, environment: [:])
        XCTAssertEqual(report?.components(separatedBy: "\n").dropFirst(), [
            "  2 - |old|", "  2 + |new|", "  3 - (no line)", "  3 + |extra|",
        ])
    }
}
