import Foundation

/// A failure the CLI reports on stderr and turns into an exit status.
struct CLIFailure: Error, CustomStringConvertible {
    /// Exit statuses; usage errors (64) come from ArgumentParser.
    enum Kind: Int32 {
        /// Runtime or validation failure.
        case runtime = 1
        /// Bad input data (import).
        case data = 65
    }

    var kind: Kind
    var message: String

    var description: String { message }

    /// A runtime or validation failure (exit 1).
    static func runtime(_ message: String) -> CLIFailure { CLIFailure(kind: .runtime, message: message) }

    /// A data error in an input file (exit 65).
    static func data(_ message: String) -> CLIFailure { CLIFailure(kind: .data, message: message) }
}

/// Writing to the standard streams.
enum Console {
    /// Writes `text` to stdout as is.
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes `text` and a newline to stderr.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// True when stderr is a terminal, so progress can be drawn there.
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}
