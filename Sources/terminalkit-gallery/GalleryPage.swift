import TerminalKit

/// The pages of the gallery, in tab order.
enum GalleryPage: Int, CaseIterable {
    case unicode
    case styles
    case layout
    case paragraph
    case list
    case table
    case input
    case events

    /// The tab title.
    var title: String {
        switch self {
        case .unicode: return "Unicode"
        case .styles: return "Styles"
        case .layout: return "Layout"
        case .paragraph: return "Paragraph"
        case .list: return "List"
        case .table: return "Table"
        case .input: return "Input"
        case .events: return "Events"
        }
    }

    /// The keys that matter on this page, shown in the bottom bar.
    var keyHints: [KeyBinding] {
        let common = [
            KeyBinding(keys: [.tab, .backTab], label: "Tab", help: "page"),
            KeyBinding(.char("t"), help: "theme"),
            KeyBinding(.char("q"), help: "quit"),
        ]
        switch self {
        case .list, .table:
            return [
                KeyBinding(keys: [.char("j"), .down], help: "down"),
                KeyBinding(keys: [.char("k"), .up], help: "up"),
                KeyBinding(keys: [.char("g"), .char("G")], help: "top/bottom"),
                KeyBinding(.char("s"), help: "sort"),
            ] + common
        case .input:
            return [
                KeyBinding(.char("i"), help: "edit field"),
                KeyBinding(.char("a"), help: "edit area"),
                KeyBinding(.escape, help: "stop editing"),
            ] + common
        default:
            return common
        }
    }
}
