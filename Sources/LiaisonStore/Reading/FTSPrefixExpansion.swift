import GRDB

/// Rewrites the prefix word of a search as the indexed terms it stands for, with the same
/// matches. FTS5 answers a prefix longer than its prefix index by merging the document lists
/// of every matching term before it returns the first row (O(postings) even for "newest 50");
/// an exact term, or an OR of a few terms, is read lazily. The terms come from
/// `insights_fts_vocab`: a finished word with no longer term in the index ("patients") becomes
/// exact, a prefix of at most `maximumTerms` longer terms becomes `("refer" OR "referral" …)`,
/// anything else stays a prefix query.
enum FTSPrefixExpansion {
    /// The most longer terms a prefix is expanded into.
    static let maximumTerms = 16
    /// Above U+10FFFF: no UTF-8 term sorts after `prefix + this` and still starts with `prefix`.
    private static let highestCharacter = "\u{10FFFF}"

    /// The MATCH expression for `userText` (nil when nothing is searchable), with its prefix
    /// word expanded when that is cheap and exact.
    static func match(for userText: String, in db: Database) throws -> String? {
        let words = FTSQuery.terms(userText)
        guard let last = words.last else { return nil }
        guard FTSQuery.lastTermIsPrefix(userText, terms: words), last.count > FTSQuery.minimumPrefixLength,
              last.unicodeScalars.allSatisfy(\.isASCII)
        else {
            // Exact words, a prefix the 3-character index answers, or non-ASCII text (which the
            // tokenizer folds differently from Swift): FTS5 handles these as they are.
            return FTSQuery.sanitise(userText)
        }
        // Tokens are letters and digits, so a longer term continues with a byte ≥ "0".
        let longer = try String.fetchAll(
            db, sql: "SELECT term FROM insights_fts_vocab WHERE term >= ? AND term <= ? LIMIT ?",
            arguments: [last + "0", last + highestCharacter, maximumTerms + 1]
        ).filter { $0.hasPrefix(last) }
        guard longer.count <= maximumTerms else { return FTSQuery.sanitise(userText) }
        let head = words.dropLast().map(FTSQuery.quote)
        let tail = longer.isEmpty
            ? FTSQuery.quote(last)
            : "(" + ([last] + longer).map(FTSQuery.quote).joined(separator: " OR ") + ")"
        return (head + [tail]).joined(separator: " AND ")
    }
}
