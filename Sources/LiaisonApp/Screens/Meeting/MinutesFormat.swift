/// The two documents the Meeting screen exports.
public enum MinutesFormat: String, Sendable, Hashable {
    /// Markdown minutes (`liaison report weekly`).
    case markdown = "md"
    /// The self-contained HTML report (`liaison report weekly --format html`).
    case html

    /// The file name offered for `week`, e.g. `liaison-minutes-2026-W47.md`.
    public func defaultFileName(week: String) -> String {
        "liaison-minutes-\(week).\(rawValue)"
    }

    /// `Markdown minutes` or `HTML report`.
    var documentName: String { self == .markdown ? "Markdown minutes" : "HTML report" }
}
