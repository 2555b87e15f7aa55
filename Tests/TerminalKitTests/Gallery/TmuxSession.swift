import Foundation

import TerminalKit

/// A detached tmux session on a private server socket, for driving a program in a real pty.
struct TmuxSession {
    let tmux: String
    let socket = "tk-tests-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
    let name = "gallery"

    /// The tmux executable on PATH, if installed.
    static func locate() -> String? { Subprocess.locate("tmux") }

    /// Runs one tmux command on this session's server and returns its output.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        try Subprocess.run([tmux, "-L", socket, "-f", "/dev/null"] + arguments).output
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
