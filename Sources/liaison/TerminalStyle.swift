import Foundation

/// Whether output gets ANSI colour, and the few styles the CLI uses.
struct TerminalStyle: Sendable {
    /// True when escape sequences are written.
    var usesColor: Bool

    /// No colour at all.
    static let plain = TerminalStyle(usesColor: false)

    /// Colour only when standard output is a terminal and `NO_COLOR` is unset or empty.
    static func forStandardOutput(environment: [String: String] = ProcessInfo.processInfo.environment) -> TerminalStyle {
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return TerminalStyle(usesColor: isatty(STDOUT_FILENO) == 1 && !noColor)
    }

    /// Bold text, for headers and titles.
    func bold(_ text: String) -> String { wrap(text, "1") }

    /// Dim text, for secondary information.
    func dim(_ text: String) -> String { wrap(text, "2") }

    /// Red text, for warnings inside listings (e.g. overdue decisions).
    func alert(_ text: String) -> String { wrap(text, "31") }

    private func wrap(_ text: String, _ code: String) -> String {
        usesColor && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
