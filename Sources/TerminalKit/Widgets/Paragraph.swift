/// Styled text, word-wrapped to its area by display width, with alignment and a vertical
/// scroll offset. Newlines in the text start new lines; long words are broken between grapheme
/// clusters; wide characters never straddle the right edge.
public struct Paragraph: Widget, Hashable, Sendable {
    /// The content; spans may contain newlines.
    public var spans: [Span]
    /// Style under every span and of the empty space.
    public var style: Style
    /// Horizontal alignment of each wrapped row.
    public var alignment: TextAlignment
    /// Wrapped rows skipped at the top.
    public var scroll: Int
    /// When false, lines are clipped at the right edge instead of wrapped.
    public var wraps: Bool
    /// An optional frame; the text is drawn inside it.
    public var block: Block?

    /// Creates a paragraph from styled spans.
    public init(spans: [Span], style: Style = .plain, alignment: TextAlignment = .left, scroll: Int = 0, wraps: Bool = true, block: Block? = nil) {
        self.spans = spans
        self.style = style
        self.alignment = alignment
        self.scroll = scroll
        self.wraps = wraps
        self.block = block
    }

    /// Creates a paragraph of plain text in one style.
    public init(_ text: String, style: Style = .plain, alignment: TextAlignment = .left, scroll: Int = 0, wraps: Bool = true, block: Block? = nil) {
        self.init(spans: [Span(text)], style: style, alignment: alignment, scroll: scroll, wraps: wraps, block: block)
    }

    /// Number of rows the text occupies when wrapped to `width` columns (for scroll limits).
    public func rowCount(width: Int) -> Int {
        wrappedRows(width: width).count
    }

    /// Draws the visible rows.
    public func render(in area: Rect, buffer: inout Buffer) {
        var textArea = area
        if let block {
            block.render(in: area, buffer: &buffer)
            textArea = block.inner(area)
        }
        guard !textArea.isEmpty else { return }
        buffer.fill(textArea, style: style)
        let rows = wrappedRows(width: textArea.width)
        let first = min(max(0, scroll), rows.count)
        for (offset, row) in rows[first...].prefix(textArea.height).enumerated() {
            let width = TextWrapper.visibleWidth(of: row.characters, in: 0..<row.characters.count)
            var x = textArea.x + alignment.offset(width: width, available: textArea.width)
            let y = textArea.y + offset
            for (character, characterStyle) in zip(row.characters, row.styles) {
                guard x < textArea.right else { break }
                x += buffer.write(String(character), x: x, y: y, style: style.patched(with: characterStyle), maxWidth: textArea.right - x)
            }
        }
    }

    private struct Row {
        var characters: [Character] = []
        var styles: [Style] = []
    }

    private func logicalLines() -> [Row] {
        var lines = [Row()]
        for span in spans {
            for character in span.text {
                if character.isNewline {
                    lines.append(Row())
                } else {
                    lines[lines.count - 1].characters.append(character)
                    lines[lines.count - 1].styles.append(span.style)
                }
            }
        }
        return lines
    }

    private func wrappedRows(width: Int) -> [Row] {
        var rows: [Row] = []
        for line in logicalLines() {
            guard wraps else {
                rows.append(line)
                continue
            }
            for range in TextWrapper.rows(of: line.characters, width: width) {
                rows.append(Row(characters: Array(line.characters[range]), styles: Array(line.styles[range])))
            }
        }
        return rows
    }
}
