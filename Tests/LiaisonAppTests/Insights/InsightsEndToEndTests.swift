import Foundation
import XCTest

/// Drives the real `liaison --demo` under tmux: the Insights screen's live search narrows the
/// table as the word is typed, and Esc brings the full list back.
final class InsightsEndToEndTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        try TmuxSession.requireTmux()
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    /// The number in the table title "Insights · 1,234 insights", if shown.
    private func total(in screen: String) -> Int? {
        guard let range = screen.range(of: #"Insights · [0-9,]+ insight"#, options: .regularExpression) else { return nil }
        let digits = screen[range].filter(\.isNumber)
        return Int(String(digits))
    }

    func testSearchNarrowsTheDemoInsights() throws {
        let session = try TmuxSession(
            [try TmuxSession.liaisonBinary(), "--demo"], width: 100, height: 30,
            environment: ["HOME": folder.path, "XDG_DATA_HOME": folder.path, "LIAISON_DB": ""])
        try session.waitFor("1 Dashboard", "Decisions", "? help")
        // Keys sent while the program is still starting may be lost; repeat the digit until the
        // Insights screen is up (3 on the Insights screen itself changes nothing).
        let listed = try session.waitUntil("the insight total") { screen in
            if self.total(in: screen) != nil { return true }
            try? session.type("3")
            Thread.sleep(forTimeInterval: 0.4)
            return false
        }
        let all = try XCTUnwrap(total(in: listed))
        XCTAssertGreaterThan(all, 100)

        try session.type("/")
        try session.waitFor("Search:")
        try session.type("thoracic")
        let narrowed = try session.waitUntil("the table to narrow") { screen in
            guard let count = self.total(in: screen) else { return false }
            return count > 0 && count < all
        }
        XCTAssertTrue(narrowed.contains("Search: thoracic"), narrowed)
        try session.sendKeys("Enter")
        try session.waitUntil("the search to stay after Enter") { $0.contains("/ edit") }
        try session.type("/")
        try session.sendKeys("Escape")
        try session.waitUntil("the full list to come back") { self.total(in: $0) == all }
        try session.type("q")
        try session.waitFor("1 Dashboard", "6 Decisions")
        try session.type("q")
        XCTAssertEqual(try session.waitForExit(), 0)
    }
}
