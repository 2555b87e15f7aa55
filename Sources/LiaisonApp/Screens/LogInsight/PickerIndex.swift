import TerminalKit

/// Labels prepared for fast fuzzy filtering: each label folded to lower-case bytes once, so a
/// keystroke over 20,000 HCPs costs a byte scan; only the survivors are scored. The folded
/// labels share one byte buffer (the TUI keeps the HCP index for the session; 20,000 small
/// arrays cost a megabyte of headers), and a long list can make its labels on demand instead
/// of keeping them (`init(count:label:)`).
struct PickerIndex: Sendable {
    /// How many options there are.
    let count: Int
    private let makeLabel: @Sendable (Int) -> String
    /// Every folded label, one after another; label `i` is `foldedBytes[foldedStarts[i]..<foldedStarts[i + 1]]`.
    private let foldedBytes: [UInt8]
    private let foldedStarts: [Int]
    /// Above this many survivors, ranking uses the cheap word-start order instead of scoring
    /// (fuzzy scoring costs tens of µs a label: 200 keep a keystroke within a few ms).
    static let scoringLimit = 200

    /// Prepares `labels`.
    init(labels: [String]) {
        self.init(count: labels.count) { labels[$0] }
    }

    /// Prepares `count` options whose labels `label` makes again whenever they are shown
    /// (the folded labels are kept; the labels themselves are not).
    init(count: Int, label: @escaping @Sendable (Int) -> String) {
        self.count = count
        makeLabel = label
        var bytes: [UInt8] = []
        var starts = [0]
        starts.reserveCapacity(count + 1)
        for index in 0..<count {
            bytes.append(contentsOf: Self.fold(label(index)))
            starts.append(bytes.count)
        }
        foldedBytes = bytes
        foldedStarts = starts
    }

    /// What the picker shows for option `index`.
    func label(_ index: Int) -> String { makeLabel(index) }

    /// Every label, in order (made now: for small lists and tests).
    var labels: [String] { (0..<count).map(makeLabel) }

    private func folded(_ index: Int) -> ArraySlice<UInt8> {
        foldedBytes[foldedStarts[index]..<foldedStarts[index + 1]]
    }

    /// Indices of the labels matching `query` (every query character in order), best first.
    /// `within`, when given, restricts the search to an earlier, shorter query's matches.
    func filter(_ query: String, within candidates: [Int]? = nil) -> [Int] {
        let pattern = Self.fold(query.filter { !$0.isWhitespace })
        let pool = candidates ?? Array(0..<count)
        guard !pattern.isEmpty else { return pool.sorted() }
        let survivors = pool.filter { Self.isSubsequence(pattern, of: folded($0)) }
        if survivors.count <= Self.scoringLimit {
            let matcher = FuzzyMatcher()
            let scored = survivors.map { index in
                (index: index, score: matcher.match(query, in: label(index))?.score ?? Int.min)
            }
            return scored.sorted { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }.map(\.index)
        }
        let words = query.split(separator: " ").map { Self.fold(String($0)) }
        return survivors
            .map { (index: $0, tier: tier(of: $0, words: words)) }
            .sorted { $0.tier != $1.tier ? $0.tier < $1.tier : $0.index < $1.index }
            .map(\.index)
    }

    /// The characters of label `index` that `query` matches, for highlighting.
    func highlights(_ query: String, at index: Int) -> [Int] {
        guard !query.allSatisfy(\.isWhitespace) else { return [] }
        return FuzzyMatcher().match(query, in: label(index))?.indices ?? []
    }

    /// 0 when every query word starts a word of the label, 1 when every word occurs in it, else 2.
    private func tier(of index: Int, words: [[UInt8]]) -> Int {
        let text = folded(index)
        if words.allSatisfy({ Self.occurs($0, in: text, atWordStart: true) }) { return 0 }
        if words.allSatisfy({ Self.occurs($0, in: text, atWordStart: false) }) { return 1 }
        return 2
    }

    static func fold(_ text: String) -> [UInt8] {
        Array(text.lowercased().utf8)
    }

    private static func isSubsequence(_ pattern: [UInt8], of text: ArraySlice<UInt8>) -> Bool {
        var next = 0
        for byte in text where byte == pattern[next] {
            next += 1
            if next == pattern.count { return true }
        }
        return false
    }

    private static func occurs(_ word: [UInt8], in text: ArraySlice<UInt8>, atWordStart: Bool) -> Bool {
        guard !word.isEmpty, word.count <= text.count else { return word.isEmpty }
        for start in text.startIndex...(text.endIndex - word.count) where text[start] == word[0] {
            if atWordStart, start > text.startIndex, isWordByte(text[start - 1]) { continue }
            if text[start..<(start + word.count)].elementsEqual(word) { return true }
        }
        return false
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || byte >= 128
    }
}
