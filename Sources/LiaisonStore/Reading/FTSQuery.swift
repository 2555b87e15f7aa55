/// Turns what a user typed into a safe FTS5 query: every word quoted (so `"`, `AND (`,
/// `NEAR`, `*` or `-` are searched as text, never parsed as syntax), words combined with AND,
/// and the last word matched as a prefix for search-as-you-type.
public enum FTSQuery {
    /// The FTS5 MATCH expression for `userText`, or nil when it holds nothing searchable.
    public static func sanitise(_ userText: String, prefixLastTerm: Bool = true) -> String? {
        let words = terms(userText)
        guard !words.isEmpty else { return nil }
        return words.enumerated().map { index, word in
            let quoted = "\"" + word.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            return prefixLastTerm && index == words.count - 1 ? quoted + "*" : quoted
        }.joined(separator: " ")
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
