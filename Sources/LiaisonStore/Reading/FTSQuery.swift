/// Turns what a user typed into a safe FTS5 query: every word quoted (so `"`, `AND (`,
/// `NEAR`, `*` or `-` are searched as text, never parsed as syntax), words combined with AND.
/// Finished words are matched exactly; the last word is matched as a prefix (search as you
/// type) while it is still being typed — nothing follows it — and has at least
/// `minimumPrefixLength` characters. A shorter last word is matched as a whole word.
public enum FTSQuery {
    /// The shortest last word matched as a prefix (the search index keeps a prefix index of
    /// exactly this length).
    public static let minimumPrefixLength = 3

    /// The FTS5 MATCH expression for `userText`, or nil when it holds nothing searchable.
    public static func sanitise(_ userText: String, prefixLastTerm: Bool = true) -> String? {
        let words = terms(userText)
        guard !words.isEmpty else { return nil }
        let prefix = prefixLastTerm && lastTermIsPrefix(userText, terms: words)
        return words.enumerated().map { index, word in
            prefix && index == words.count - 1 ? quote(word) + "*" : quote(word)
        }.joined(separator: " ")
    }

    /// Whether the last of `terms` (the terms of `userText`) is searched as a prefix: it ends
    /// the text and is at least `minimumPrefixLength` characters long.
    public static func lastTermIsPrefix(_ userText: String, terms: [String]) -> Bool {
        guard let last = terms.last, last.count >= minimumPrefixLength, let end = userText.last else { return false }
        return end.isLetter || end.isNumber
    }

    /// `word` as an FTS5 string (a phrase of one term).
    static func quote(_ word: String) -> String {
        "\"" + word.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The searchable words of `userText`, lower-cased, in order: runs of letters and digits.
    public static func terms(_ userText: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in userText.lowercased() {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
