extension String {
    /// Terminal columns this string occupies (see `DisplayWidth`).
    public var displayWidth: Int { DisplayWidth.of(self) }

    /// The string cut to at most `width` columns, ending in `ellipsis` when something was cut.
    /// Never cuts inside a grapheme cluster; a wide glyph that would straddle the limit is dropped.
    public func truncated(toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if displayWidth <= width { return self }
        let ellipsisWidth = ellipsis.displayWidth
        if ellipsisWidth > width { return Self.prefix(of: ellipsis, width: width) }
        return Self.prefix(of: self, width: width - ellipsisWidth) + ellipsis
    }

    /// The string padded with spaces (or truncated with `…`) to exactly `width` columns.
    public func padded(toWidth width: Int) -> String {
        let current = displayWidth
        if current == width { return self }
        if current > width {
            let cut = truncated(toWidth: width)
            return cut + String(repeating: " ", count: max(0, width - cut.displayWidth))
        }
        return self + String(repeating: " ", count: width - current)
    }

    /// The string right-aligned in `width` columns (truncated with `…` if too long).
    public func leftPadded(toWidth width: Int) -> String {
        let current = displayWidth
        if current >= width { return padded(toWidth: width) }
        return String(repeating: " ", count: width - current) + self
    }

    /// The longest prefix of whole grapheme clusters that fits in `width` columns.
    public func prefix(toWidth width: Int) -> String { Self.prefix(of: self, width: width) }

    private static func prefix(of text: String, width: Int) -> String {
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let w = DisplayWidth.of(text[index])
            if used + w > width { break }
            used += w
            end = text.index(after: index)
        }
        return String(text[..<end])
    }
}
