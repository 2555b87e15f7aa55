/// Word-boundary arithmetic over a line of grapheme clusters, shared by the text editors.
///
/// A "word" for Alt-B / Alt-F is a run of letters, digits or underscores (Emacs). Ctrl-W follows
/// readline's unix-word-rubout instead: it deletes back to the previous whitespace.
enum WordMotion {
    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }

    /// Start of the word before `index` (Alt-B).
    static func previousWordStart(in characters: [Character], from index: Int) -> Int {
        var position = min(index, characters.count)
        while position > 0 && !isWordCharacter(characters[position - 1]) { position -= 1 }
        while position > 0 && isWordCharacter(characters[position - 1]) { position -= 1 }
        return position
    }

    /// End of the word after `index` (Alt-F).
    static func nextWordEnd(in characters: [Character], from index: Int) -> Int {
        var position = max(0, index)
        while position < characters.count && !isWordCharacter(characters[position]) { position += 1 }
        while position < characters.count && isWordCharacter(characters[position]) { position += 1 }
        return position
    }

    /// Where Ctrl-W stops when deleting backwards from `index`: skip whitespace, then non-space.
    static func rubOutStart(in characters: [Character], from index: Int) -> Int {
        var position = min(index, characters.count)
        while position > 0 && characters[position - 1].isWhitespace { position -= 1 }
        while position > 0 && !characters[position - 1].isWhitespace { position -= 1 }
        return position
    }
}
