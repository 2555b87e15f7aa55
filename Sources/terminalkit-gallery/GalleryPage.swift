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
    case form
    case picker
    case charts
    case dialogs
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
        case .form: return "Form"
        case .picker: return "Picker"
        case .charts: return "Charts"
        case .dialogs: return "Dialogs"
        case .events: return "Events"
        }
    }

    /// Keys that work on every page.
    static let globalKeys = KeyMap(title: "Everywhere", bindings: [
        KeyBinding(keys: [.tab, .backTab], label: "Tab/Shift-Tab", help: "next / previous page"),
        KeyBinding(keys: [.char("1"), .char("9")], label: "1…9", help: "jump to a page"),
        KeyBinding(.char("t"), help: "next theme"),
        KeyBinding(.char("?"), help: "this help"),
        KeyBinding(keys: [.char("q"), .ctrl("c")], label: "q/Ctrl-C", help: "quit"),
    ])

    /// The keys of this page, for the help overlay and the key-hint bar.
    var keyMap: KeyMap {
        let movement = [
            KeyBinding(keys: [.char("j"), .down], help: "down"),
            KeyBinding(keys: [.char("k"), .up], help: "up"),
            KeyBinding(keys: [.char("g"), .char("G")], help: "top/bottom"),
            KeyBinding(keys: [.pageUp, .pageDown], help: "page"),
        ]
        let bindings: [KeyBinding]
        switch self {
        case .list: bindings = movement
        case .table: bindings = movement + [KeyBinding(.char("s"), help: "sort")]
        case .input:
            bindings = [KeyBinding(.char("i"), help: "edit field"), KeyBinding(.char("a"), help: "edit area"),
                        KeyBinding(.escape, help: "stop editing")]
        case .form, .picker:
            bindings = [KeyBinding(.enter, help: "start"), KeyBinding(.escape, help: "stop")]
        case .dialogs:
            bindings = [KeyBinding(.char("c"), help: "confirm dialog"), KeyBinding(.char("m"), help: "modal")]
        default: bindings = []
        }
        return KeyMap(title: title, bindings: bindings)
    }
}
