/// A one-row bar of key hints (`q Quit  / Search  ? Help`) built from key bindings. Hints that do
/// not fit are dropped whole from the end, and a `…` shows that some are hidden.
public struct KeyHintBar: Widget, Hashable, Sendable {
    /// The bindings to show, most important first.
    public var bindings: [KeyBinding]
    /// Style of the key labels.
    public var keyStyle: Style
    /// Style of the descriptions and the rest of the bar.
    public var style: Style

    /// Creates a hint bar styled by `theme`.
    public init(bindings: [KeyBinding], theme: Theme) {
        self.bindings = bindings
        self.keyStyle = theme.keyHintKey
        self.style = theme.keyHint
    }

    /// Creates a hint bar showing the first `limit` bindings of `keyMap`.
    public init(keyMap: KeyMap, limit: Int = 6, theme: Theme) {
        self.init(bindings: Array(keyMap.bindings.prefix(max(0, limit))), theme: theme)
    }

    /// How many bindings fit in `width` columns (the rest are hidden).
    public func visibleCount(width: Int) -> Int {
        let inner = width - 2
        var fitting = 0
        var used = 0
        for (index, binding) in bindings.enumerated() {
            used += hintWidth(binding) + (index == 0 ? 0 : 2)
            if used > inner { break }
            let count = index + 1
            let ellipsis = count < bindings.count ? 3 : 0
            if used + ellipsis <= inner { fitting = count }
        }
        return fitting
    }

    /// Draws the hints on the first row of `area`.
    public func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let row = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        buffer.fill(row, style: style)
        let shown = visibleCount(width: area.width)
        var x = area.x + 1
        for binding in bindings.prefix(shown) {
            if x > area.x + 1 { x += 2 }
            x += buffer.write(binding.label, x: x, y: area.y, style: keyStyle, maxWidth: area.right - x)
            x += buffer.write(" " + binding.help, x: x, y: area.y, style: style, maxWidth: area.right - x)
        }
        if shown < bindings.count {
            buffer.write(shown == 0 ? "…" : "  …", x: x, y: area.y, style: style, maxWidth: area.right - x)
        }
    }

    private func hintWidth(_ binding: KeyBinding) -> Int {
        binding.label.displayWidth + 1 + binding.help.displayWidth
    }
}
