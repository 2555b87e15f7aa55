/// A command offered by the `:` palette.
public enum PaletteCommand: Sendable, Hashable {
    case go(Screen)
    case newInsight
    case newTouchpoint
    case switchPerson
    case theme(String)
    case quit

    /// What the palette lists; fuzzy matching runs over this text.
    public var title: String {
        switch self {
        case .go(let screen): "Go to \(screen.title)"
        case .newInsight: "New insight"
        case .newTouchpoint: "Log touchpoint"
        case .switchPerson: "Switch person…"
        case .theme(let name): "Switch theme: \(name)"
        case .quit: "Quit"
        }
    }

    /// Every command, in the order listed before anything is typed.
    public static var all: [PaletteCommand] {
        [.newInsight, .newTouchpoint] + Screen.allCases.map { .go($0) } + [.switchPerson, .theme("dark"), .theme("light"), .quit]
    }
}
