import TerminalKit

extension TextField {
    /// This field restyled for `theme` (fields kept in state are created before the theme is known).
    func styled(_ theme: Theme) -> TextField {
        let reference = TextField(theme: theme)
        var copy = self
        copy.style = reference.style
        copy.focusedStyle = reference.focusedStyle
        copy.placeholderStyle = reference.placeholderStyle
        return copy
    }
}
