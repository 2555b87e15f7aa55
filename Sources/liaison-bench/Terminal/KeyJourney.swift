/// A scripted walk through the TUI: the keys a user presses, one frame expected per key.
/// Keys follow DESIGN.md (`1…9`/Tab switch screens, `j/k`, PgDn, `g/G`, `/` search, `n` new
/// insight, Esc cancels); screen 3 is Insights.
struct KeyJourney: Sendable {
    var name: String
    /// Keys pressed before the measured ones (not timed), e.g. opening the right screen.
    var setup: [String]
    var keys: [String]
    /// Keys that return to the dashboard afterwards (not timed).
    var teardown: [String]

    static let escape = "\u{1b}"
    static let pageDown = "\u{1b}[6~"
    static let tab = "\t"

    /// The four journeys of the benchmark.
    static let standard: [KeyJourney] = [
        KeyJourney(
            name: "scroll", setup: ["3"],
            keys: Array(repeating: "j", count: 40) + Array(repeating: pageDown, count: 10) + ["G", "g"]
                + Array(repeating: "k", count: 5),
            teardown: ["1"]),
        KeyJourney(
            name: "switch", setup: ["1"],
            keys: ["2", "3", "4", "1", tab, tab, tab, tab, "3", "1", "2", "1"], teardown: ["1"]),
        KeyJourney(
            name: "form", setup: ["n"], keys: "Dr Novak asked for biomarker data".map { String($0) },
            teardown: [escape, "y", escape, "1"]),
        KeyJourney(
            name: "search", setup: ["3", "/"], keys: "formulary delay".map { String($0) },
            teardown: [escape, escape, "1"]),
    ]
}
