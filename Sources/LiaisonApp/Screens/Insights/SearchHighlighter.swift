import Foundation
import TerminalKit

/// Marks the words of a text that a search matched: every word starting with one of the
/// search terms (the store matches the last term as a prefix; earlier terms as whole words or
/// their stems, so a prefix mark is the closest visible approximation).
public struct SearchHighlighter: Sendable {
    /// Lower-cased search terms.
    public var terms: [String]

    /// A highlighter for `terms` (as `FTSQuery.terms` returns them).
    public init(terms: [String]) {
        self.terms = terms
    }

    /// Character offsets of the matched words in `text`.
    public func matches(in text: String) -> [Int] {
        guard !terms.isEmpty else { return [] }
        var indices: [Int] = []
        var word: [Character] = []
        var wordStart = 0
        func close() {
            let lowered = String(word).lowercased()
            if !word.isEmpty, terms.contains(where: { lowered.hasPrefix($0) }) {
                indices += wordStart..<(wordStart + word.count)
            }
            word = []
        }
        for (offset, character) in text.enumerated() {
            if character.isLetter || character.isNumber {
                if word.isEmpty { wordStart = offset }
                word.append(character)
            } else {
                close()
            }
        }
        close()
        return indices
    }

    /// `text` as spans with the matched words in `highlight`.
    public func spans(_ text: String, style: Style = .plain, highlight: Style) -> [Span] {
        Span.highlighting(text, at: matches(in: text), style: style, highlight: highlight)
    }

    /// Character offsets of every case-insensitive occurrence of `needle` in `text`.
    public static func occurrences(of needle: String, in text: String) -> [Int] {
        let pattern = Array(needle.trimmingCharacters(in: .whitespaces).lowercased())
        let characters = Array(text.lowercased())
        guard !pattern.isEmpty, characters.count == text.count, pattern.count <= characters.count else { return [] }
        var indices: [Int] = []
        var start = 0
        while start + pattern.count <= characters.count {
            if Array(characters[start..<(start + pattern.count)]) == pattern {
                indices += start..<(start + pattern.count)
                start += pattern.count
            } else {
                start += 1
            }
        }
        return indices
    }
}
