import Foundation
import XCTest

/// What one run of the `liaison` binary produced.
struct CLIResult {
    var status: Int32
    var stdout: String
    var stderr: String
    var stdoutData: Data
}

/// The test cannot find a built executable (`liaison`, `liaison-bench`).
struct MissingBinary: Error, CustomStringConvertible {
    var name: String
    var searched: [String]
    var description: String {
        "the \(name) executable was not found next to the test bundle (looked in: \(searched.joined(separator: ", "))); "
            + "build it first: swift build --product \(name)"
    }
}

/// Runs the built `liaison` binary in a private temporary folder, with colour off and no
/// database or person inherited from the environment.
final class CLIRunner {
    /// The temporary folder for this test; removed by `cleanUp()`.
    let folder: URL
    /// The database of this runner, passed as `--db` by `run(_:)`.
    var db: String { folder.appendingPathComponent("test.sqlite").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("liaison-cli-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Removes the temporary folder.
    func cleanUp() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// A path inside the temporary folder.
    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// Writes `text` to a file in the temporary folder and returns its path.
    @discardableResult
    func write(_ text: String, to name: String) throws -> String {
        try write(Data(text.utf8), to: name)
    }

    /// Writes `data` to a file in the temporary folder and returns its path.
    @discardableResult
    func write(_ data: Data, to name: String) throws -> String {
        let target = path(name)
        try data.write(to: URL(fileURLWithPath: target))
        return target
    }

    /// Runs `liaison --db <this runner's database> arguments…`.
    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> CLIResult {
        try runRaw(["--db", db] + arguments, environment: environment)
    }

    /// Runs `liaison` with exactly `arguments`.
    func runRaw(_ arguments: [String], environment: [String: String] = [:]) throws -> CLIResult {
        let process = Process()
        process.executableURL = try Self.binary()
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for key in ["LIAISON_DB", "LIAISON_AS", "LIAISON_RESOURCES"] { env.removeValue(forKey: key) }
        env["NO_COLOR"] = "1"
        env["XDG_DATA_HOME"] = folder.appendingPathComponent("xdg").path
        env.merge(environment) { _, new in new }
        process.environment = env
        let outURL = folder.appendingPathComponent("stdout-\(UUID().uuidString)")
        let errURL = folder.appendingPathComponent("stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        let stdout = try Data(contentsOf: outURL)
        let stderr = try Data(contentsOf: errURL)
        try? FileManager.default.removeItem(at: outURL)
        try? FileManager.default.removeItem(at: errURL)
        return CLIResult(
            status: process.terminationStatus,
            stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self),
            stdoutData: stdout)
    }

    /// The executable `name` (default `liaison`) built next to the test bundle.
    static func binary(named name: String = "liaison") throws -> URL {
        let folders = searchFolders()
        for folder in folders {
            let candidate = folder.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw MissingBinary(name: name, searched: folders.map(\.path))
    }

    /// Folders that hold the test bundle: the bundle's parent, or the test executable's
    /// folder (Linux runs the `.xctest` file itself).
    private static func searchFolders() -> [URL] {
        var folders: [URL] = []
        if let bundle = Bundle.allBundles.first(where: { $0.bundlePath.hasSuffix(".xctest") }) {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        for _ in 0..<4 {
            url = url.deletingLastPathComponent()
            folders.append(url)
        }
        return folders
    }
}
