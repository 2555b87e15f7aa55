import Foundation
import XCTest

/// `liaison --demo` under tmux: the Clashes tab ranks the demo's clashes and the detail shows
/// both positions.
final class ClashesEndToEndTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        try TmuxSession.requireTmux()
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    func testDemoClashesRankedAndDetailShowsBothPositions() throws {
        let session = try TmuxSession(
            [try TmuxSession.liaisonBinary(), "--demo"], width: 100, height: 30,
            environment: ["HOME": folder.path, "XDG_CONFIG_HOME": folder.path, "XDG_DATA_HOME": folder.path,
                          "LIAISON_DB": "", "LIAISON_NOW": "2026-11-20T16:00:00Z"])
        try session.waitFor("1 Dashboard")
        try session.sendKeys("5")
        try session.waitFor("most severe first", "critical", "Touchpoint noise")
        let list = try session.capture()
        let severities = list.components(separatedBy: "\n").compactMap { line -> Int? in
            let words = line.replacingOccurrences(of: "│", with: " ").split(separator: " ")
            guard words.count > 2, ["critical", "high", "medium", "low"].contains(String(words[0])) else { return nil }
            return Int(words[1])
        }
        XCTAssertGreaterThan(severities.count, 3, list)
        XCTAssertEqual(severities, severities.sorted(by: >), list)
        try session.sendKeys("Enter")
        try session.waitFor("Field position", "Office position", "Evidence")
        try session.sendKeys("Escape")
        try session.waitFor("most severe first")
        try session.sendKeys("q", "q")
        XCTAssertEqual(try session.waitForExit(), 0)
    }
}
