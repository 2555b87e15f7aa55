import LiaisonCore

/// Text with the parts that matched a search marked, for highlighting.
public struct HighlightedText: Hashable, Sendable {
    public var text: String
    /// Matched stretches, as Character offsets into `text`, in order.
    public var marks: [Range<Int>]

    /// Creates highlighted text.
    public init(text: String, marks: [Range<Int>]) {
        self.text = text
        self.marks = marks
    }

    /// Parses text where each match is wrapped in `open` … `close` characters.
    init(marked: String, open: Character, close: Character) {
        var text = ""
        var marks: [Range<Int>] = []
        var count = 0
        var start: Int?
        for character in marked {
            if character == open {
                start = count
            } else if character == close {
                if let begin = start, begin < count { marks.append(begin..<count) }
                start = nil
            } else {
                text.append(character)
                count += 1
            }
        }
        self.init(text: text, marks: marks)
    }
}

/// How full-text search results are ordered.
public enum SearchOrder: Sendable {
    /// Best match first (BM25) among the newest 2,000 matches (after filters), so a common
    /// word costs about as much as a rare one; with fewer matches every match is ranked.
    case relevance
    /// Most recently stored first; stops after `limit` matches, so it stays fast for common words.
    case newestStored
}

/// One insight found by full-text search.
public struct SearchHit: Hashable, Sendable {
    public var insight: Insight
    /// A short excerpt around the best match with the matches marked.
    public var snippet: HighlightedText
    /// The words searched for, lower-cased (the last one matched as a prefix).
    public var terms: [String]

    /// Creates a hit.
    public init(insight: Insight, snippet: HighlightedText, terms: [String]) {
        self.insight = insight
        self.snippet = snippet
        self.terms = terms
    }
}
