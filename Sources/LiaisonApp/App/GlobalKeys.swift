import TerminalKit

/// The keys that work on every screen (unless a text field is being typed into).
public enum GlobalKeys {
    /// The global key map, shown under the screen's own keys in `?` help.
    public static let keyMap = KeyMap(title: "Everywhere", bindings: [
        KeyBinding(keys: [.tab, .backTab], label: "Tab/Shift-Tab", help: "Next / previous screen"),
        KeyBinding(keys: Screen.allCases.map { .char(Character(String($0.number))) }, label: "1…\(Screen.allCases.count)", help: "Go to screen by number"),
        KeyBinding(.char("n"), help: "Log a new insight"),
        KeyBinding(.char(":"), help: "Command palette"),
        KeyBinding(.char("?"), help: "This help"),
        KeyBinding(keys: [.char("q"), .escape], label: "q/Esc", help: "Back / close (q on the dashboard quits)"),
        KeyBinding(.ctrl("c"), help: "Quit"),
    ])

    /// Hints appended to every screen's status bar.
    static let hints = [
        KeyBinding(.char("n"), help: "new"),
        KeyBinding(.char("?"), help: "help"),
    ]
}
