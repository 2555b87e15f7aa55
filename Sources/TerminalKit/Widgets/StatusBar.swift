/// A one-row bar with left- and right-aligned text. When both do not fit, the right part is
/// dropped first, then the left part is truncated with `…`.
public struct StatusBar: Widget, Hashable, Sendable {
    /// Text at the left edge (e.g. the screen and selection).
    public var left: [Span]
    /// Text at the right edge (e.g. counts, sync state).
    public var right: [Span]
    /// Style of the whole bar; spans are laid over it.
    public var style: Style

    /// Creates a status bar styled by `theme`.
    public init(left: [Span], right: [Span] = [], theme: Theme) {
        self.left = left
        self.right = right
        self.style = theme.statusBar
    }

    /// Creates a status bar from plain strings.
    public init(left: String, right: String = "", theme: Theme) {
        self.init(left: [Span(left)], right: right.isEmpty ? [] : [Span(right)], theme: theme)
    }

    /// Draws the bar on the first row of `area`, with one space of padding at each end.
    public func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let row = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        buffer.fill(row, style: style)
        let inner = row.inset(horizontal: 1, vertical: 0)
        guard inner.width > 0 else { return }
        let leftWidth = left.displayWidth
        let rightWidth = right.displayWidth
        let showsRight = rightWidth > 0 && leftWidth + 2 + rightWidth <= inner.width
        buffer.write(spans: left.truncated(toWidth: inner.width), x: inner.x, y: inner.y, base: style, maxWidth: inner.width)
        if showsRight {
            buffer.write(spans: right, x: inner.right - rightWidth, y: inner.y, base: style, maxWidth: rightWidth)
        }
    }
}
