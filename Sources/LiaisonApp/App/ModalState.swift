import TerminalKit

/// A dialog over the current screen. Enter on the first button (or `y`) feeds `confirm`
/// back into `update`; Esc, `n` or the other buttons close it.
public struct ModalState: Sendable {
    public var title: String
    public var message: String
    public var buttons: [String]
    public var selected: Int
    /// Delivered as if an effect returned it when the first button is chosen; nil = just close.
    public var confirm: AppMessage?

    /// Creates a dialog.
    public init(title: String, message: String, buttons: [String] = ["OK"], selected: Int = 0, confirm: AppMessage? = nil) {
        self.title = title
        self.message = message
        self.buttons = buttons
        self.selected = selected
        self.confirm = confirm
    }

    /// The widget for `theme`.
    func widget(theme: Palette, width: Int) -> Modal {
        Modal(title: title, message: message, buttons: buttons, selectedButton: selected, width: width, theme: theme)
    }
}
