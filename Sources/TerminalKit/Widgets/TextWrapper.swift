/// Word wrapping by display width, shared by `Paragraph` and `TextArea`.
///
/// Breaks at whitespace; a word wider than the line is hard-broken between grapheme clusters.
/// Rows are contiguous ranges of character offsets that together cover the whole line, so an
/// editor can map its cursor onto them: whitespace at a break stays at the end of the row it
/// follows (and is not drawn when it overflows).
public enum TextWrapper {
    /// The rows of `characters` wrapped to `width` columns. Always returns at least one row.
    public static func rows(of characters: [Character], width: Int) -> [Range<Int>] {
        guard width > 0, !characters.isEmpty else { return [0..<characters.count] }
        var rows: [Range<Int>] = []
        var rowStart = 0
        var column = 0
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace {
                column = min(width, column + DisplayWidth.of(character))
                index += 1
                continue
            }
            var wordEnd = index
            var wordWidth = 0
            while wordEnd < characters.count, !characters[wordEnd].isWhitespace {
                wordWidth += DisplayWidth.of(characters[wordEnd])
                wordEnd += 1
            }
            if column + wordWidth <= width {
                column += wordWidth
                index = wordEnd
                continue
            }
            if index > rowStart {
                rows.append(rowStart..<index)
                rowStart = index
                column = 0
                if wordWidth <= width { continue }
            }
            for offset in index..<wordEnd {
                let glyphWidth = DisplayWidth.of(characters[offset])
                if column + glyphWidth > width, offset > rowStart {
                    rows.append(rowStart..<offset)
                    rowStart = offset
                    column = 0
                }
                column += glyphWidth
            }
            index = wordEnd
        }
        rows.append(rowStart..<characters.count)
        return rows
    }

    /// Display width of `characters[range]` without trailing whitespace.
    public static func visibleWidth(of characters: [Character], in range: Range<Int>) -> Int {
        var end = range.upperBound
        while end > range.lowerBound, characters[end - 1].isWhitespace { end -= 1 }
        return characters[range.lowerBound..<end].reduce(0) { $0 + DisplayWidth.of($1) }
    }
}
