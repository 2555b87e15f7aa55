/// A piece of text drawn in one style. Sequences of spans make styled lines, table cells and
/// list rows, so callers can highlight matched substrings or colour parts of a cell.
public struct Span: Hashable, Sendable, ExpressibleByStringLiteral {
    /// The text; may contain several grapheme clusters.
    public var text: String
    /// How the text is drawn, laid over the style of the surrounding widget.
    public var style: Style

    /// Creates a span.
    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    /// Creates an unstyled span from a literal.
    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// Splits `text` into spans where the characters at `indices` (grapheme offsets, as returned
    /// by `FuzzyMatcher`) get `highlight` and the rest get `style`.
    public static func highlighting(_ text: String, at indices: [Int], style: Style = .plain, highlight: Style) -> [Span] {
        guard !indices.isEmpty else { return [Span(text, style: style)] }
        let marked = Set(indices)
        var spans: [Span] = []
        var current = ""
        var currentIsMarked = false
        for (offset, character) in text.enumerated() {
            let isMarked = marked.contains(offset)
            if isMarked != currentIsMarked, !current.isEmpty {
                spans.append(Span(current, style: currentIsMarked ? highlight : style))
                current = ""
            }
            currentIsMarked = isMarked
            current.append(character)
        }
        if !current.isEmpty { spans.append(Span(current, style: currentIsMarked ? highlight : style)) }
        return spans
    }
}

extension Array where Element == Span {
    /// The concatenated text of the spans.
    public var plainText: String { map(\.text).joined() }

    /// Total display width of the spans.
    public var displayWidth: Int { reduce(0) { $0 + $1.text.displayWidth } }
}

extension Buffer {
    /// Writes `spans` from (x, y), each span's style laid over `base`, clipped to `maxWidth`
    /// columns. Returns the columns used.
    @discardableResult
    public mutating func write(spans: [Span], x: Int, y: Int, base: Style = .plain, maxWidth: Int) -> Int {
        var used = 0
        for span in spans where used < maxWidth {
            used += write(span.text, x: x + used, y: y, style: base.patched(with: span.style), maxWidth: maxWidth - used)
        }
        return used
    }
}

extension Array where Element == Span {
    /// The spans cut to at most `width` columns, ending in `…` (in the style of the cut span)
    /// when something was cut. Never cuts inside a grapheme cluster.
    public func truncated(toWidth width: Int) -> [Span] {
        guard width > 0 else { return [] }
        if displayWidth <= width { return self }
        var result: [Span] = []
        var remaining = width - 1
        for span in self {
            let spanWidth = span.text.displayWidth
            if spanWidth <= remaining {
                result.append(span)
                remaining -= spanWidth
                continue
            }
            result.append(Span(span.text.prefix(toWidth: remaining) + "…", style: span.style))
            return result
        }
        return result
    }
}
