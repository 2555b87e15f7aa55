import Foundation
import XCTest

#if canImport(Glibc)
import Glibc
#endif

/// Drives the real `terminalkit-gallery` binary inside tmux and checks the tty is restored.
final class GalleryTmuxTests: XCTestCase {
    /// The gallery built next to the test bundle (same build directory).
    private func galleryBinary() -> String? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL,
            Bundle(for: GalleryTmuxTests.self).bundleURL.deletingLastPathComponent(),
        ]
        for directory in candidates {
            let path = directory.appendingPathComponent("terminalkit-gallery").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    func testGalleryRunsResizesAndRestoresTheTerminal() throws {
        guard let tmux = TmuxSession.locate() else { throw XCTSkip("tmux is not installed") }
        let binary = try XCTUnwrap(galleryBinary(), "terminalkit-gallery must be built next to the tests")
        let session = TmuxSession(tmux: tmux)
        try session.start(width: 100, height: 30)
        defer { session.kill() }

        try session.type("\(binary)")
        try session.send("Enter")
        let started = try session.waitFor { $0.contains("1 Unicode") && $0.contains("100×30") }
        XCTAssertTrue(started.matched, started.screen)

        // A click on the second tab, as an xterm SGR mouse report (1-based column 15, row 1).
        try session.type("\u{1b}[<0;15;1M\u{1b}[<0;15;1m")
        let clicked = try session.waitFor { $0.contains("╭─  Styles") }
        XCTAssertTrue(clicked.matched, "clicking the Styles tab selects it:\n\(clicked.screen)")

        try session.send("5")
        try session.send("j", "j")
        let list = try session.waitFor { $0.contains("╭─  List") && $0.contains("›       3 ") }
        XCTAssertTrue(list.matched, "list page with the third row selected:\n\(list.screen)")

        try session.send("Tab")
        let table = try session.waitFor { $0.contains("╭─  Table") }
        XCTAssertTrue(table.matched, table.screen)

        try session.resize(width: 60, height: 20)
        let bottomBorder = "╰" + String(repeating: "─", count: 58) + "╯"
        let resized = try session.waitFor { $0.contains(bottomBorder) }
        XCTAssertTrue(resized.matched, "the frame is redrawn 60 columns wide:\n\(resized.screen)")
        let lines = resized.screen.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertTrue(lines.first?.contains("6 Table") == true, "the selected tab stays visible:\n\(resized.screen)")

        try session.resize(width: 30, height: 8)
        let tooSmall = try session.waitFor { $0.contains("Terminal too small") }
        XCTAssertTrue(tooSmall.matched, tooSmall.screen)

        try session.send("C-c")
        let exited = try session.waitFor { screen in
            !screen.contains("Terminal too small") && screen.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == "$" }
        }
        XCTAssertTrue(exited.matched, "back at the shell prompt:\n\(exited.screen)")

        try assertTerminalRestored(session)
    }

    func testTerminationSignalsRestoreTheTerminal() throws {
        guard let tmux = TmuxSession.locate() else { throw XCTSkip("tmux is not installed") }
        let binary = try XCTUnwrap(galleryBinary(), "terminalkit-gallery must be built next to the tests")
        for signal in ["TERM", "HUP", "INT"] {
            let session = TmuxSession(tmux: tmux)
            try session.start(width: 80, height: 24)
            defer { session.kill() }
            try session.type(binary)
            try session.send("Enter")
            let started = try session.waitFor { $0.contains("1 Unicode") }
            XCTAssertTrue(started.matched, started.screen)
            let shellPID = try session.run(["display-message", "-p", "-t", session.name, "#{pane_pid}"])
                .trimmingCharacters(in: .whitespacesAndNewlines)
            let childPID = try XCTUnwrap(Self.childProcess(of: shellPID), "gallery process under shell \(shellPID)")
            let number = ["TERM": SIGTERM, "HUP": SIGHUP, "INT": SIGINT][signal]!
            XCTAssertEqual(kill(childPID, number), 0)
            let exited = try session.waitFor { screen in
                screen.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == "$" }
            }
            XCTAssertTrue(exited.matched, "SIG\(signal): back at the prompt:\n\(exited.screen)")
            try assertTerminalRestored(session)
        }
    }

    /// The first child process of `parent`, read from /proc.
    private static func childProcess(of parent: String) -> pid_t? {
        let path = "/proc/\(parent)/task/\(parent)/children"
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: path, encoding: .utf8),
               let first = text.split(separator: " ").first, let pid = pid_t(first) {
                return pid
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    /// Runs `stty -a` in the pane and checks canonical mode and echo are back on.
    private func assertTerminalRestored(_ session: TmuxSession, file: StaticString = #filePath, line: UInt = #line) throws {
        try session.type("clear; stty -a | tr ' ;' '\\n\\n' | grep -Ex -- '-?(icanon|echo)'; echo STTY-DONE")
        try session.send("Enter")
        let stty = try session.waitFor { screen in
            screen.split(separator: "\n").contains { $0 == "STTY-DONE" }
        }
        XCTAssertTrue(stty.matched, stty.screen, file: file, line: line)
        let reported = stty.screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        XCTAssertTrue(reported.contains("icanon"), "stty shows icanon:\n\(stty.screen)", file: file, line: line)
        XCTAssertTrue(reported.contains("echo"), "stty shows echo:\n\(stty.screen)", file: file, line: line)
        XCTAssertFalse(reported.contains("-icanon"), stty.screen, file: file, line: line)
        XCTAssertFalse(reported.contains("-echo"), stty.screen, file: file, line: line)
    }
}
