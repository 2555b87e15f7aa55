import Foundation
import TerminalKit
import XCTest

/// Runs a command in a detached tmux session of a fixed size, for end-to-end tests of the real
/// `liaison` binary: send keys, read the screen, resize, signal, and check the tty afterwards.
///
/// Each session uses its own tmux server socket, so tests never touch the user's tmux. The
/// command runs under `sh`; when it ends, the wrapper prints `[exit N]` and `stty -a`, so a
/// test can check the exit status and that the terminal modes were restored.
final class TmuxSession {
    /// The tmux session name (also the socket name).
    let name: String
    private let socket: String

    /// Skips the test when tmux is not installed.
    static func requireTmux() throws {
        guard (try? run(["tmux", "-V"]))?.status == 0 else { throw XCTSkip("tmux is not installed") }
    }

    /// The `liaison` executable built next to the test bundle.
    static func liaisonBinary(file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let bundle = Bundle(for: TmuxSession.self).bundleURL
        let candidates = [bundle, bundle.deletingLastPathComponent()]
            .map { $0.appendingPathComponent("liaison").path }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            XCTFail("liaison binary not found next to \(bundle.path); build it with `swift build --product liaison`", file: file, line: line)
            throw CocoaError(.fileNoSuchFile)
        }
        return found
    }

    /// Starts `arguments` (already-quoted words are not needed: each is shell-quoted) in a new
    /// session of `width`×`height` with `environment` added.
    init(_ arguments: [String], width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        try Self.requireTmux()
        name = "liaison-e2e-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        socket = name
        let exports = environment.map { "\($0.key)=\(Self.quote($0.value))" }.sorted().joined(separator: " ")
        let command = (exports.isEmpty ? "" : "env \(exports) ") + arguments.map(Self.quote).joined(separator: " ")
        let script = "\(command); echo \"[exit $?]\"; stty -a; exec sleep 600"
        let result = try Self.run(["tmux", "-L", socket, "-f", "/dev/null", "new-session", "-d", "-s", name,
                                   "-x", "\(width)", "-y", "\(height)", "sh", "-c", script],
                                  environment: ["TERM": "xterm-256color"])
        guard result.status == 0 else { throw TmuxError("tmux new-session failed: \(result.output)") }
    }

    deinit {
        _ = try? Self.run(["tmux", "-L", socket, "kill-server"])
    }

    /// Sends tmux key names, e.g. `"Tab"`, `"C-c"`, `"Escape"`, `"q"`.
    func sendKeys(_ keys: String...) throws {
        _ = try tmux(["send-keys", "-t", name] + keys)
    }

    /// Types `text` literally.
    func type(_ text: String) throws {
        _ = try tmux(["send-keys", "-t", name, "-l", text])
    }

    /// The visible screen as text.
    func capture() throws -> String {
        try tmux(["capture-pane", "-p", "-t", name])
    }

    /// Waits until the screen contains every one of `texts`; returns the screen. Fails with the
    /// last screen after `timeout` seconds.
    @discardableResult
    func waitFor(_ texts: String..., timeout: TimeInterval = 15) throws -> String {
        try waitUntil(timeout: timeout, "screen to show \(texts)") { screen in texts.allSatisfy { screen.contains($0) } }
    }

    /// Waits until `condition` holds for the screen text.
    @discardableResult
    func waitUntil(timeout: TimeInterval = 15, _ what: String, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if condition(screen) { return screen }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw TmuxError("timed out after \(timeout)s waiting for \(what); screen:\n\(screen)")
    }

    /// Resizes the window (the program gets SIGWINCH).
    func resize(width: Int, height: Int) throws {
        _ = try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Sends `signal` to the program (the child of the session's shell).
    func signal(_ signal: Int32) throws {
        let shell = try tmux(["display-message", "-p", "-t", name, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try Self.run(["pgrep", "-P", shell]).output
        guard let pid = children.split(separator: "\n").first.flatMap({ Int32($0) }) else {
            throw TmuxError("no program running under shell \(shell)")
        }
        kill(pid, signal)
    }

    /// Waits for the program to end; returns its exit status (from the wrapper's `[exit N]`).
    func waitForExit(timeout: TimeInterval = 15) throws -> Int {
        let screen = try waitUntil(timeout: timeout, "the program to exit") { $0.contains("[exit ") }
        let tail = screen.components(separatedBy: "[exit ").last ?? ""
        return Int(tail.prefix { $0.isNumber }) ?? -1
    }

    /// After exit: the `stty -a` flags that show a restored terminal (`icanon`, `echo`, `isig`
    /// on; raw mode off). Returns the flags that are wrong.
    func unrestoredTTYFlags(timeout: TimeInterval = 15) throws -> [String] {
        let screen = try waitUntil(timeout: timeout, "stty output") { $0.contains("icanon") }
        let words = Set(screen.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        return ["icanon", "echo", "isig", "icrnl", "opost"].filter { !words.contains($0) }
    }

    private func tmux(_ arguments: [String]) throws -> String {
        let result = try Self.run(["tmux", "-L", socket] + arguments)
        guard result.status == 0 else { throw TmuxError("tmux \(arguments.joined(separator: " ")) failed: \(result.output)") }
        return result.output
    }

    /// Runs a command to completion (TerminalKit's `Subprocess`: `Foundation.Process` would
    /// wait forever on the descriptors the tmux server inherits).
    private static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, output: String) {
        let result = try Subprocess.run(arguments, environment: environment)
        return (result.status, result.output)
    }

    private static func quote(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// A tmux step failed.
struct TmuxError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
