/// Text in block letters, for headings meant to be read from across a room.
///
/// Draws at the largest size that fits: five rows of full blocks (`tall`), three rows of
/// half blocks (`compact`), or — when even that is too wide or too high — the plain text in
/// bold, word-wrapped (`normal`). Long text wraps between words, one blank row between big
/// lines. Characters the font lacks (accents, CJK, emoji) are drawn as themselves on the
/// middle row, taking their display width.
public struct BigText: Widget, Hashable, Sendable {
    /// How large the text is drawn.
    public enum Size: Hashable, Sendable, CaseIterable {
        /// Five rows per line of text, full blocks.
        case tall
        /// Three rows per line of text, half blocks.
        case compact
        /// One row per line of text, plain characters in bold.
        case normal

        /// Terminal rows one line of text takes.
        public var rowsPerLine: Int {
            switch self {
            case .tall: BigTextFont.rows
            case .compact: (BigTextFont.rows + 1) / 2
            case .normal: 1
            }
        }
    }

    /// The text; lower-case letters are drawn with the upper-case glyphs.
    public var text: String
    /// Style of the letters; its background fills the rows they take.
    public var style: Style
    /// Placement of each line of text in the area.
    public var alignment: TextAlignment
    /// The largest size to use; `.compact` keeps headings to three rows per line.
    public var largest: Size

    /// Creates big text drawn in `style` (its background fills the rows the letters take).
    public init(_ text: String, style: Style, alignment: TextAlignment = .left, largest: Size = .tall) {
        self.text = text
        self.style = style
        self.alignment = alignment
        self.largest = largest
    }

    /// The largest size at which the text fits `width` × `height`; `.normal` when no block
    /// size does.
    public func size(width: Int, height: Int) -> Size {
        guard let lines = bigLines(width: width), !lines.isEmpty else { return .normal }
        let candidates: [Size] = switch largest {
        case .tall: [.tall, .compact]
        case .compact: [.compact]
        case .normal: []
        }
        return candidates.first { lines.count * $0.rowsPerLine + lines.count - 1 <= height } ?? .normal
    }

    /// The rows the text takes when drawn in `width` × `height`.
    public func height(width: Int, height: Int) -> Int {
        let size = size(width: width, height: height)
        if size == .normal { return min(height, normalRows(width: width).count) }
        let lines = bigLines(width: width)?.count ?? 1
        return lines * size.rowsPerLine + lines - 1
    }

    /// Draws the text at the largest size that fits `area`, from its top row.
    public func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let size = size(width: area.width, height: area.height)
        guard size != .normal, let lines = bigLines(width: area.width) else {
            renderNormal(in: area, buffer: &buffer)
            return
        }
        var y = area.y
        for line in lines {
            let width = Self.blockWidth(line)
            let x = area.x + alignment.offset(width: width, available: area.width)
            for row in 0..<size.rowsPerLine {
                buffer.write(String(repeating: " ", count: width), x: x, y: y + row, style: style, maxWidth: area.right - x)
            }
            var column = x
            for character in line {
                column += draw(character, size: size, x: column, y: y, buffer: &buffer) + 1
            }
            y += size.rowsPerLine + 1
        }
    }

    /// Draws one character at `x`, `y`; returns the columns it took.
    private func draw(_ character: Character, size: Size, x: Int, y: Int, buffer: inout Buffer) -> Int {
        guard let glyph = BigTextFont.glyph(character) else {
            buffer.write(String(character), x: x, y: y + size.rowsPerLine / 2, style: style.bold())
            return DisplayWidth.of(character)
        }
        let width = glyph.first?.count ?? 0
        for row in 0..<size.rowsPerLine {
            var cells = ""
            for column in 0..<width {
                switch size {
                case .tall:
                    cells += glyph[row][column] ? "█" : " "
                case .compact, .normal:
                    let top = glyph[row * 2][column]
                    let bottom = row * 2 + 1 < glyph.count && glyph[row * 2 + 1][column]
                    cells += top && bottom ? "█" : top ? "▀" : bottom ? "▄" : " "
                }
            }
            buffer.write(cells, x: x, y: y + row, style: style)
        }
        return width
    }

    /// The text wrapped between words into lines that fit `width` columns in block letters;
    /// nil when a single word does not.
    private func bigLines(width: Int) -> [String]? {
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard !words.isEmpty else { return [] }
        var lines: [String] = []
        var current = ""
        for word in words {
            guard Self.blockWidth(word) <= width else { return nil }
            let joined = current.isEmpty ? word : current + " " + word
            if Self.blockWidth(joined) <= width {
                current = joined
            } else {
                lines.append(current)
                current = word
            }
        }
        lines.append(current)
        return lines
    }

    /// Columns `line` takes in block letters (one blank column between characters), for
    /// reserving room; the same at both block sizes.
    public static func blockWidth(_ line: String) -> Int {
        let widths = line.map { character in BigTextFont.glyph(character)?.first?.count ?? DisplayWidth.of(character) }
        return widths.reduce(0, +) + max(0, widths.count - 1)
    }

    private func normalRows(width: Int) -> [String] {
        let characters = Array(text)
        return TextWrapper.rows(of: characters, width: width).map { range in
            String(characters[range]).trimmingTrailingWhitespace()
        }
    }

    private func renderNormal(in area: Rect, buffer: inout Buffer) {
        var rows = normalRows(width: area.width)
        if rows.count > area.height {
            rows = Array(rows.prefix(area.height))
            rows[rows.count - 1] = (rows[rows.count - 1] + " …").truncated(toWidth: area.width)
        }
        for (index, row) in rows.enumerated() {
            let x = area.x + alignment.offset(width: row.displayWidth, available: area.width)
            buffer.write(row, x: x, y: area.y + index, style: style.bold(), maxWidth: area.right - x)
        }
    }
}

private extension String {
    func trimmingTrailingWhitespace() -> String {
        var copy = self
        while copy.last?.isWhitespace == true { copy.removeLast() }
        return copy
    }
}
