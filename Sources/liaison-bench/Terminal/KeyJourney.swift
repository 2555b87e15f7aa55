/// A scripted walk through the TUI: the keys a user presses, one frame expected per key.
/// Keys follow DESIGN.md (`1…9`/Tab switch screens, `j/k`, PgDn, `g/G`, `/` search, `n` new
/// insight, Esc cancels); screen 3 is Insights.
struct KeyJourney: Sendable {
    /// A measured key and, where it can be told from the bytes, texts its visible effect
    /// writes (the typed character; the title of the screen switched to together with text
    /// only that screen's loaded rows write, so a frame with the title over "Loading…" is not
    /// the answer). Frames are diffs, so the texts may come in several frames (the title,
    /// then the rows): the frame that completes them is the key's response. Without `shows`,
    /// the first frame that writes more than busy markers ("· updating…") is.
    struct Key: Sendable {
        var bytes: String
        var shows: [String] = []
    }

    var name: String
    /// Keys pressed before the measured ones (not timed), e.g. opening the right screen.
    var setup: [String]
    var keys: [Key]
    /// Keys that return to the dashboard afterwards (not timed).
    var teardown: [String]

    static let escape = "\u{1b}"
    static let pageDown = "\u{1b}[6~"
    static let tab = "\t"

    /// What a switch to each screen shows once its data is drawn: the screen's title and text
    /// only its loaded rows write (region tiles' "RMD", a plan row's "objectives", the
    /// Insights table footer "N of M", the HCP list's "shown" count, the clash list's order,
    /// the Decisions section counts, the meeting header's planned minutes).
    static let screens: [String: [String]] = [
        "Dashboard": ["Dashboard", "RMD"], "Plans": ["Plans", "objectives"], "Insights": ["Insights", " of "],
        "People": ["People", "shown"], "Clashes": ["Clashes", "most severe first"],
        "Decisions": ["Decisions", "Due for review ("], "Meeting": ["Meeting", "min planned"],
    ]

    /// The four journeys of the benchmark. Every key changes the screen: the scroll journey
    /// moves up (`k`) only after moving down, jumps to the last row (`G`, which loads the
    /// oldest page) and moves up from there, and ends with `g` (back to the newest).
    static let standard: [KeyJourney] = [
        KeyJourney(
            name: "scroll", setup: ["3"],
            keys: (Array(repeating: "j", count: 40) + Array(repeating: pageDown, count: 10)
                + Array(repeating: "k", count: 5) + ["G"] + Array(repeating: "k", count: 5) + ["g"]).map { Key(bytes: $0) },
            teardown: ["1"]),
        KeyJourney(
            name: "switch", setup: ["1"],
            keys: [
                ("2", "Plans"), ("3", "Insights"), ("4", "People"), ("1", "Dashboard"), (tab, "Plans"),
                (tab, "Insights"), (tab, "People"), (tab, "Clashes"), ("6", "Decisions"), ("7", "Meeting"),
                ("3", "Insights"), ("6", "Decisions"), ("1", "Dashboard"), ("7", "Meeting"), ("2", "Plans"),
                ("1", "Dashboard"),
            ].map { Key(bytes: $0.0, shows: screens[$0.1] ?? [$0.1]) },
            teardown: ["1"]),
        KeyJourney(
            name: "form", setup: ["n"], keys: typed("Dr Novak asked for biomarker data"),
            teardown: [escape, "y", escape, "1"]),
        KeyJourney(
            name: "search", setup: ["3", "/"], keys: typed("formulary delay"),
            teardown: [escape, escape, "1"]),
    ]

    /// Typing `text`: each character's effect is the character shown.
    private static func typed(_ text: String) -> [Key] {
        text.map { Key(bytes: String($0), shows: [String($0)]) }
    }
}
