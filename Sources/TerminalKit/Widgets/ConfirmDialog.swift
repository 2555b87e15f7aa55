/// A yes/no question in a centred dialog, with its own key handling: `y` confirms, `n` and Esc
/// cancel, Enter chooses the highlighted button, ←/→/Tab move between the buttons.
public struct ConfirmDialog: Widget, Hashable, Sendable {
    /// What the user decided.
    public enum Outcome: Hashable, Sendable {
        /// The user said yes.
        case confirmed
        /// The user said no or dismissed the dialog.
        case cancelled
    }

    /// Dialog title.
    public var title: String
    /// The question.
    public var message: String
    /// Label of the confirming button.
    public var confirmLabel: String
    /// Label of the cancelling button.
    public var cancelLabel: String
    /// Whether the confirming button is highlighted (Enter confirms). Defaults to false, so a
    /// stray Enter does not confirm a destructive action.
    public var confirmIsSelected: Bool
    /// Styles of the dialog.
    public var theme: Theme

    /// Creates a dialog with the cancel button highlighted.
    public init(title: String, message: String, confirmLabel: String = "Yes", cancelLabel: String = "No", confirmIsSelected: Bool = false, theme: Theme) {
        self.title = title
        self.message = message
        self.confirmLabel = confirmLabel
        self.cancelLabel = cancelLabel
        self.confirmIsSelected = confirmIsSelected
        self.theme = theme
    }

    /// Applies a key. Returns the outcome when the dialog is finished, nil while it stays open.
    @discardableResult
    public mutating func handle(_ key: Key) -> Outcome? {
        switch key {
        case .char("y"), .char("Y"): return .confirmed
        case .char("n"), .char("N"), .escape: return .cancelled
        case .enter: return confirmIsSelected ? .confirmed : .cancelled
        case .left, .right, .tab, .backTab, .char("h"), .char("l"):
            confirmIsSelected.toggle()
            return nil
        default:
            return nil
        }
    }

    /// The underlying modal (buttons: confirm, cancel).
    public var modal: Modal {
        Modal(title: title, message: message, buttons: [confirmLabel, cancelLabel], selectedButton: confirmIsSelected ? 0 : 1, width: 44, theme: theme)
    }

    /// The outcome of a click at `point` (on a button), or nil.
    public func outcome(forClickAt point: Point, in area: Rect) -> Outcome? {
        switch modal.buttonIndex(at: point, in: area) {
        case 0: return .confirmed
        case 1: return .cancelled
        default: return nil
        }
    }

    /// Draws the dialog centred in `area`.
    public func render(in area: Rect, buffer: inout Buffer) {
        modal.render(in: area, buffer: &buffer)
    }
}
