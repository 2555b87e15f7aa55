import Foundation
import XCTest

/// Golden files under `__snapshots__/` next to this file. A missing file is written and the
/// test fails (so a new golden file is always looked at); `UPDATE_SNAPSHOTS=1` rewrites them.
enum Snapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__snapshots__")

    static func assertMatches(_ text: String, named name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = folder.appendingPathComponent(name)
        let update = ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] == "1"
        guard !update, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            if !update { XCTFail("wrote new snapshot \(name); check it and run again", file: file, line: line) }
            return
        }
        if expected != text {
            let expectedLines = expected.components(separatedBy: "\n")
            let actualLines = text.components(separatedBy: "\n")
            let first = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(expectedLines.count, actualLines.count)
            let shown = first < actualLines.count ? actualLines[first] : "(end of text)"
            let wanted = first < expectedLines.count ? expectedLines[first] : "(end of text)"
            XCTFail("\(name) differs at line \(first + 1):\n  expected: \(wanted)\n  actual:   \(shown)\n"
                + "(UPDATE_SNAPSHOTS=1 rewrites the golden file)", file: file, line: line)
        }
    }
}
