/// A centred overlay listing every key of the current screen, one section per key map: the key
/// labels in a column, their descriptions beside them. Scrolls when it is taller than the area.
public struct HelpOverlay: Widget, Hashable, Sendable {
    /// The sections, each titled by its key map's title.
    public var sections: [KeyMap]
    /// Overlay title.
    public var title: String
    /// Rows skipped at the top (clamped so the last row stays on screen).
    public var scroll: Int
    /// Hint in the bottom border, e.g. how to close the overlay.
    public var footer: String?
    /// Styles of the overlay.
    public var theme: Theme

    /// Creates a help overlay.
    public init(sections: [KeyMap], title: String = "Help", scroll: Int = 0, footer: String? = "Esc close", theme: Theme) {
        self.sections = sections
        self.title = title
        self.scroll = scroll
        self.footer = footer
        self.theme = theme
    }

    /// The text rows of the overlay, before clipping.
    public func rows() -> [[Span]] {
        let keyWidth = sections.flatMap(\.bindings).map(\.label.displayWidth).max() ?? 0
        var rows: [[Span]] = []
        for (index, section) in sections.enumerated() {
            if index > 0 { rows.append([]) }
            rows.append([Span(section.title, style: theme.header)])
            for binding in section.bindings {
                rows.append([Span(binding.label.padded(toWidth: keyWidth), style: theme.accent), Span("  " + binding.help)])
            }
        }
        return rows
    }

    /// Draws the overlay centred in `area`, clearing what is under it.
    public func render(in area: Rect, buffer: inout Buffer) {
        let content = rows()
        let contentWidth = max(title.displayWidth + 4, content.map(\.displayWidth).max() ?? 0)
        let box = area.centered(width: contentWidth + 4, height: content.count + 2)
        let block = Block(title: title, footer: footer, borders: .rounded, borderStyle: theme.accent, titleStyle: theme.title, fillStyle: theme.base)
        guard box.width >= 4, box.height >= 3 else { return }
        block.render(in: box, buffer: &buffer)
        let inner = block.inner(box).inset(horizontal: 1, vertical: 0)
        let first = min(max(0, scroll), max(0, content.count - inner.height))
        for (offset, row) in content.dropFirst(first).prefix(inner.height).enumerated() {
            buffer.write(spans: row.truncated(toWidth: inner.width), x: inner.x, y: inner.y + offset, base: theme.base, maxWidth: inner.width)
        }
    }
}
