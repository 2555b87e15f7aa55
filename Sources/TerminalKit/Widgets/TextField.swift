/// A single-line text input: an editing model (text plus a cursor counted in grapheme clusters)
/// that also renders itself, scrolling horizontally when the text is wider than the field.
///
/// Keys: printable characters insert; ←/→ move; Home/Ctrl-A and End/Ctrl-E go to the line ends;
/// Backspace and Delete (also Ctrl-D) remove one grapheme; Ctrl-U deletes to the line start, Ctrl-K to the end;
/// Ctrl-W deletes the word before the cursor; Alt-B/Alt-F move by word.
public struct TextField: Widget, Equatable, Sendable {
    /// The text as grapheme clusters.
    public private(set) var characters: [Character]
    /// Cursor position in grapheme clusters, `0...characters.count`.
    public private(set) var cursor: Int
    /// First visible display column; adjusted at render time so the cursor is always visible,
    /// and persisted by `scrollToCursor(width:)`.
    public var scrollColumn = 0
    /// Shown in the placeholder style while the text is empty.
    public var placeholder: String
    /// Whether the field has keyboard focus (draws the cursor and the focused style).
    public var isFocused: Bool
    /// Style of the text when not focused.
    public var style: Style
    /// Style of the text when focused.
    public var focusedStyle: Style
    /// Style of the placeholder.
    public var placeholderStyle: Style

    /// Creates a field holding `text` with the cursor at its end.
    public init(text: String = "", placeholder: String = "", isFocused: Bool = false, theme: Theme = .dark) {
        self.characters = Array(text.filter { !$0.isNewline })
        self.cursor = characters.count
        self.placeholder = placeholder
        self.isFocused = isFocused
        self.style = theme.base.underlined()
        self.focusedStyle = theme.accent.underlined()
        self.placeholderStyle = theme.muted.underlined()
    }

    /// The text; setting it moves the cursor to the end and drops newlines.
    public var text: String {
        get { String(characters) }
        set {
            characters = Array(newValue.filter { !$0.isNewline })
            cursor = characters.count
        }
    }

    /// Display column of the cursor, counting wide characters as two.
    public var cursorColumn: Int {
        characters[..<cursor].reduce(0) { $0 + DisplayWidth.of($1) }
    }

    /// Applies an editing key. Returns false for keys the field does not use (Enter, Tab, Esc, …)
    /// so the caller can route them elsewhere.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let character):
            insert(character)
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = characters.count
        case .backspace:
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete, .ctrl("d"):
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
        case .ctrl("u"):
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .ctrl("k"):
            characters.removeSubrange(cursor...)
        case .ctrl("w"):
            let start = WordMotion.rubOutStart(in: characters, from: cursor)
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .alt("b"): cursor = WordMotion.previousWordStart(in: characters, from: cursor)
        case .alt("f"): cursor = WordMotion.nextWordEnd(in: characters, from: cursor)
        default:
            return false
        }
        return true
    }

    /// Inserts pasted text at the cursor. A single-line field turns line breaks into spaces and
    /// drops other control characters.
    public mutating func insert(paste: String) {
        var cleaned: [Character] = []
        for character in paste {
            if character.isNewline {
                if cleaned.last != " " { cleaned.append(" ") }
            } else if DisplayWidth.of(character) > 0 {
                cleaned.append(character)
            }
        }
        characters.insert(contentsOf: cleaned, at: cursor)
        cursor += cleaned.count
    }

    /// Moves the cursor to `position` (clamped).
    public mutating func moveCursor(to position: Int) {
        cursor = min(max(0, position), characters.count)
    }

    /// Persists the horizontal scroll that rendering at `width` columns would use.
    public mutating func scrollToCursor(width: Int) {
        scrollColumn = visibleStartColumn(width: width)
    }

    /// The first display column shown in a field `width` columns wide: the stored scroll,
    /// moved just enough to keep the cursor (and the cell after it) visible.
    public func visibleStartColumn(width: Int) -> Int {
        guard width > 0 else { return 0 }
        let column = cursorColumn
        let total = characters.reduce(0) { $0 + DisplayWidth.of($1) }
        var start = min(max(0, scrollColumn), column)
        start = min(start, max(0, total + 1 - width))
        return max(start, column - (width - 1))
    }

    /// Draws the visible part of the text on the first row of `area`; sets `buffer.cursor` when focused.
    public func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let textStyle = isFocused ? focusedStyle : style
        buffer.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), style: textStyle)
        if characters.isEmpty {
            buffer.write(placeholder, x: area.x, y: area.y, style: placeholderStyle, maxWidth: area.width)
        }
        let start = visibleStartColumn(width: area.width)
        var column = 0
        for character in characters {
            let width = DisplayWidth.of(character)
            defer { column += width }
            if column < start || width == 0 { continue }
            if column + width > start + area.width { break }
            buffer.write(String(character), x: area.x + column - start, y: area.y, style: textStyle)
        }
        if isFocused {
            buffer.cursor = Point(x: area.x + min(cursorColumn - start, area.width - 1), y: area.y)
        }
    }

    private mutating func insert(_ character: Character) {
        guard !character.isNewline, DisplayWidth.of(character) > 0 else { return }
        characters.insert(character, at: cursor)
        cursor += 1
    }
}
