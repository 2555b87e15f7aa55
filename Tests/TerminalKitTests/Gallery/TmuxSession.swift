import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A tmux command that could not be started.
struct TmuxError: Error {
    let message: String
}

/// A detached tmux session on a private server socket, for driving a program in a real pty.
struct TmuxSession {
    let tmux: String
    let socket = "tk-tests-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
    let name = "gallery"

    /// The tmux executable on PATH, if installed.
    static func locate() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/tmux"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs one tmux command and returns its output.
    ///
    /// Uses `posix_spawn` and `waitpid` rather than `Process`: `new-session` forks the tmux
    /// server, which inherits every descriptor of the client, and `Process` waits for its
    /// monitoring descriptor to close, which then never happens. Output goes to a file for
    /// the same reason.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID().uuidString).out").path
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = [tmux, "-L", socket, "-f", "/dev/null"] + arguments
        var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, tmux, &actions, nil, &cArguments, environ)
        guard status == 0 else { throw TmuxError(message: "posix_spawn failed: \(status)") }
        var exitStatus: Int32 = 0
        while waitpid(pid, &exitStatus, 0) == -1 && errno == EINTR {}
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }

    func start(width: Int, height: Int) throws {
        try run(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)",
                 "env PS1='$ ' TERM=xterm-256color bash --norc --noprofile"])
    }

    func send(_ keys: String...) throws {
        try run(["send-keys", "-t", name] + keys)
    }

    func type(_ text: String) throws {
        try run(["send-keys", "-t", name, "-l", text])
    }

    func capture() throws -> String {
        try run(["capture-pane", "-t", name, "-p"])
    }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Polls the pane until `predicate` holds; returns the last capture either way.
    func waitFor(seconds: Double = 15, _ predicate: (String) -> Bool) throws -> (matched: Bool, screen: String) {
        let deadline = Date().addingTimeInterval(seconds)
        var screen = try capture()
        while !predicate(screen) {
            if Date() > deadline { return (false, screen) }
            Thread.sleep(forTimeInterval: 0.05)
            screen = try capture()
        }
        return (true, screen)
    }

    func kill() {
        _ = try? run(["kill-server"])
    }
}
