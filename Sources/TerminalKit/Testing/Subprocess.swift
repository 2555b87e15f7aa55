import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program to completion for tests and tools that drive terminals (tmux, stty).
///
/// Uses `posix_spawn` and `waitpid` rather than `Foundation.Process`, with output going to a
/// file: `tmux new-session` forks a server that inherits every descriptor of the client, so
/// a pipe never reaches end-of-file and `Process` waits forever.
public enum Subprocess {
    /// The result of a finished program.
    public struct Result: Sendable {
        /// The exit status (or 128 + signal when it was killed).
        public var status: Int32
        /// Standard output and standard error, interleaved.
        public var output: String
    }

    /// Runs `arguments[0]` (looked up on PATH) with the rest as arguments and `environment`
    /// added to this process's environment.
    public static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        guard let program = arguments.first, let path = locate(program) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: arguments.first ?? ""])
        }
        let outputPath = FileManager.default.temporaryDirectory
            .appendingPathComponent("subprocess-\(UUID().uuidString).out").path
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let merged = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let cArguments = ([path] + arguments.dropFirst()).map { strdup($0) } + [nil]
        let cEnvironment = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (cArguments + cEnvironment).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, nil, cArguments, cEnvironment)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Result(status: exitStatus, output: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "")
    }

    /// The full path of `program`: as given when it contains a slash, else the first match on PATH.
    public static func locate(_ program: String) -> String? {
        if program.contains("/") { return FileManager.default.isExecutableFile(atPath: program) ? program : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(program)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
