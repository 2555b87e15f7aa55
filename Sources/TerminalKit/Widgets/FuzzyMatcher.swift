import Foundation

/// The result of matching a query against one candidate string.
public struct FuzzyMatch: Equatable, Sendable {
    /// Higher is better. Only comparable between matches of the same query.
    public var score: Int
    /// Offsets, in grapheme clusters (`Character`s), of the candidate characters that matched
    /// the query, in increasing order.
    public var indices: [Int]

    /// Creates a match result.
    public init(score: Int, indices: [Int]) {
        self.score = score
        self.indices = indices
    }
}

/// A ranked hit produced by `FuzzyMatcher.filter`.
public struct FuzzyHit: Equatable, Sendable {
    /// Position of the candidate in the list that was filtered.
    public var index: Int
    /// How and where the query matched.
    public var match: FuzzyMatch

    /// Creates a hit.
    public init(index: Int, match: FuzzyMatch) {
        self.index = index
        self.match = match
    }
}

/// Subsequence ("fuzzy") matching in the style of fzf: every query character must appear in the
/// candidate in order. Among all ways to place the query, the matcher picks the one with the best
/// score, which rewards consecutive runs and characters at word starts and penalises gaps.
///
/// Matching is smart-case (case-insensitive unless the query contains an uppercase letter) and
/// ignores accents.
public struct FuzzyMatcher: Sendable {
    /// Score of every matched character.
    public var matchScore = 16
    /// Extra score for a character that directly follows the previously matched one.
    public var consecutiveBonus = 12
    /// Extra score for a character at the start of a word (string start, after a separator,
    /// or an uppercase letter after a lowercase one).
    public var wordStartBonus = 10
    /// Penalty for opening a gap between two matched characters.
    public var gapOpenPenalty = 3
    /// Penalty for every further skipped character inside a gap.
    public var gapExtendPenalty = 1

    /// Creates a matcher with the default weights.
    public init() {}

    /// Matches `query` against `candidate`. Returns nil when the query is not a subsequence.
    /// An empty query matches everything with score 0 and no indices.
    public func match(_ query: String, in candidate: String) -> FuzzyMatch? {
        let caseSensitive = query.contains { $0.isUppercase }
        let pattern = query.filter { !$0.isWhitespace }.map { fold($0, caseSensitive) }
        if pattern.isEmpty { return FuzzyMatch(score: 0, indices: []) }
        let original = Array(candidate)
        let text = original.map { fold($0, caseSensitive) }
        guard isSubsequence(pattern, of: text) else { return nil }
        return bestAlignment(pattern: pattern, text: text, original: original)
    }

    /// Matches `query` against every candidate and returns the hits, best first. Ties keep the
    /// earlier first matched character, then the shorter candidate, then the original order.
    public func filter(_ query: String, candidates: [String]) -> [FuzzyHit] {
        var hits: [(hit: FuzzyHit, length: Int)] = []
        for (index, candidate) in candidates.enumerated() {
            if let match = match(query, in: candidate) {
                hits.append((FuzzyHit(index: index, match: match), candidate.count))
            }
        }
        hits.sort { lhs, rhs in
            if lhs.hit.match.score != rhs.hit.match.score {
                return lhs.hit.match.score > rhs.hit.match.score
            }
            let lhsFirst = lhs.hit.match.indices.first ?? 0
            let rhsFirst = rhs.hit.match.indices.first ?? 0
            if lhsFirst != rhsFirst { return lhsFirst < rhsFirst }
            if lhs.length != rhs.length { return lhs.length < rhs.length }
            return lhs.hit.index < rhs.hit.index
        }
        return hits.map(\.hit)
    }

    /// The character as compared: accents removed (so `muller` finds `Müller`) and, unless
    /// `caseSensitive`, lower-cased. Keeps the character when folding would change its length.
    private func fold(_ character: Character, _ caseSensitive: Bool) -> Character {
        if let ascii = character.asciiValue {
            return !caseSensitive && ascii >= 65 && ascii <= 90 ? Character(Unicode.Scalar(ascii + 32)) : character
        }
        var options: String.CompareOptions = [.diacriticInsensitive]
        if !caseSensitive { options.insert(.caseInsensitive) }
        let folded = String(character).folding(options: options, locale: nil)
        return folded.count == 1 ? Character(folded) : character
    }

    private func isSubsequence(_ pattern: [Character], of text: [Character]) -> Bool {
        var next = 0
        for character in text where next < pattern.count && character == pattern[next] {
            next += 1
        }
        return next == pattern.count
    }

    private func wordStartBonus(at index: Int, in text: [Character]) -> Int {
        if index == 0 { return wordStartBonus + 2 }
        let previous = text[index - 1]
        let current = text[index]
        if previous.isWhitespace || previous.isPunctuation || previous.isSymbol {
            return current.isLetter || current.isNumber ? wordStartBonus : 0
        }
        if previous.isLowercase && current.isUppercase { return wordStartBonus }
        if previous.isLetter && current.isNumber { return wordStartBonus / 2 }
        return 0
    }

    /// Affine-gap alignment: `placed[i][j]` is the best score with pattern[i] placed at text[j];
    /// `carried[i][j]` is the best `placed[i][k]` (k ≤ j) minus the gap cost of reaching j + 1.
    private func bestAlignment(pattern: [Character], text: [Character], original: [Character]) -> FuzzyMatch {
        let unreachable = Int.min / 4
        let rows = pattern.count
        let columns = text.count
        let bonuses = (0..<columns).map { wordStartBonus(at: $0, in: original) }
        var placed = [[Int]](repeating: [Int](repeating: unreachable, count: columns), count: rows)
        var cameFrom = [[Int]](repeating: [Int](repeating: -1, count: columns), count: rows)
        var carried = [Int](repeating: unreachable, count: columns)
        var carriedFrom = [Int](repeating: -1, count: columns)

        for row in 0..<rows {
            var nextCarried = [Int](repeating: unreachable, count: columns)
            var nextCarriedFrom = [Int](repeating: -1, count: columns)
            for column in 0..<columns {
                if text[column] == pattern[row] {
                    let base = matchScore + bonuses[column]
                    if row == 0 {
                        placed[row][column] = base
                    } else if column > 0 {
                        let consecutive = placed[row - 1][column - 1]
                        let gapped = column > 1 ? carried[column - 2] : unreachable
                        if consecutive > unreachable, consecutive + consecutiveBonus >= gapped {
                            placed[row][column] = base + consecutive + consecutiveBonus
                            cameFrom[row][column] = column - 1
                        } else if gapped > unreachable {
                            placed[row][column] = base + gapped
                            cameFrom[row][column] = carriedFrom[column - 2]
                        }
                    }
                }
                let opened = placed[row][column] > unreachable ? placed[row][column] - gapOpenPenalty : unreachable
                let extended = column > 0 && nextCarried[column - 1] > unreachable
                    ? nextCarried[column - 1] - gapExtendPenalty : unreachable
                if opened >= extended {
                    nextCarried[column] = opened
                    nextCarriedFrom[column] = opened > unreachable ? column : -1
                } else {
                    nextCarried[column] = extended
                    nextCarriedFrom[column] = nextCarriedFrom[column - 1]
                }
            }
            carried = nextCarried
            carriedFrom = nextCarriedFrom
        }

        var bestColumn = -1
        var bestScore = unreachable
        for column in 0..<columns where placed[rows - 1][column] > bestScore {
            bestScore = placed[rows - 1][column]
            bestColumn = column
        }
        var indices = [Int](repeating: 0, count: rows)
        var column = bestColumn
        for row in stride(from: rows - 1, through: 0, by: -1) {
            indices[row] = column
            column = cameFrom[row][column]
        }
        return FuzzyMatch(score: bestScore, indices: indices)
    }
}
