#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a real terminal could not be opened.
public enum TerminalError: Error, CustomStringConvertible {
    /// Standard input or output is not a terminal (e.g. piped or redirected).
    case notATerminal

    /// A message for the user.
    public var description: String {
        switch self {
        case .notATerminal: return "standard input and output must be a terminal (tty)"
        }
    }
}

/// Entry points that open the real terminal and always restore it afterwards.
public enum TerminalSession {
    /// Opens an `NcursesTerminal`, runs `body`, and restores the tty however `body` ends.
    /// Signals and fatal errors are covered by handlers installed on opening.
    @MainActor
    public static func withTerminal<T>(_ body: (NcursesTerminal) async throws -> T) async throws -> T {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
        let terminal = NcursesTerminal()
        defer { terminal.close() }
        return try await body(terminal)
    }

    /// Runs `program` full-screen on the real terminal and returns its final state.
    @MainActor
    public static func run<P: Program>(
        _ program: P, minimumSize: Size? = nil, tickInterval: Duration? = nil
    ) async throws -> P.State {
        try await withTerminal { terminal in
            let runner = ProgramRunner(program: program, terminal: terminal, minimumSize: minimumSize, tickInterval: tickInterval)
            return await runner.run()
        }
    }
}
