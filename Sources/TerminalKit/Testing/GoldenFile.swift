import Foundation

/// Compares screen text with a stored snapshot, `<directory>/__snapshots__/NAME.txt`.
///
/// With the environment variable `UPDATE_SNAPSHOTS=1` the snapshot is (re)written instead
/// and the comparison passes. Usable from any test target; it does not import XCTest:
///
///     XCTAssertNil(GoldenFile.mismatch(buffer.lines(), named: "list-80x24"))
public enum GoldenFile {
    /// The environment variable that makes comparisons rewrite their snapshot.
    public static let updateVariable = "UPDATE_SNAPSHOTS"

    /// Nil when `lines` match the snapshot `name` next to the calling test file; otherwise a
    /// readable report (missing file, or a line-by-line diff of expected and actual).
    public static func mismatch(
        _ lines: [String], named name: String, file: StaticString = #filePath,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String? {
        let directory = URL(fileURLWithPath: "\(file)").deletingLastPathComponent()
        return mismatch(lines, named: name, directory: directory, environment: environment)
    }

    /// Nil when `lines` match `<directory>/__snapshots__/NAME.txt`; otherwise a readable report.
    public static func mismatch(
        _ lines: [String], named name: String, directory: URL,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String? {
        let url = snapshotURL(named: name, directory: directory)
        let actual = lines.joined(separator: "\n") + "\n"
        if environment[updateVariable] == "1" {
            do {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try actual.write(to: url, atomically: true, encoding: .utf8)
                return nil
            } catch {
                return "could not write snapshot \(url.path): \(error)"
            }
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "snapshot \(url.path) is missing; run the tests with \(updateVariable)=1 to record it.\n"
                + "Actual screen:\n" + framed(lines)
        }
        if expected == actual { return nil }
        var expectedLines = expected.components(separatedBy: "\n")
        if expectedLines.last == "" { expectedLines.removeLast() }
        return "snapshot \(name) differs (\(url.path)); rerun with \(updateVariable)=1 to accept.\n"
            + lineDiff(expected: expectedLines, actual: lines)
    }

    /// Where the snapshot `name` lives under `directory`.
    public static func snapshotURL(named name: String, directory: URL) -> URL {
        directory.appendingPathComponent("__snapshots__").appendingPathComponent(name + ".txt")
    }

    /// A line-by-line report: `-` expected, `+` actual, for every row that differs.
    public static func lineDiff(expected: [String], actual: [String]) -> String {
        var report: [String] = []
        for row in 0..<max(expected.count, actual.count) {
            let old = row < expected.count ? expected[row] : nil
            let new = row < actual.count ? actual[row] : nil
            guard old != new else { continue }
            let label = String(format: "%3d", row + 1)
            report.append("\(label) - " + (old.map { "|\($0)|" } ?? "(no line)"))
            report.append("\(label) + " + (new.map { "|\($0)|" } ?? "(no line)"))
        }
        return report.joined(separator: "\n")
    }

    private static func framed(_ lines: [String]) -> String {
        lines.map { "|\($0)|" }.joined(separator: "\n")
    }
}
