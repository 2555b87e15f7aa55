/// A position in a `TextArea`: a line index and a grapheme offset within that line.
public struct TextPosition: Hashable, Sendable, Comparable {
    /// Line index, 0-based.
    public var line: Int
    /// Offset in grapheme clusters within the line.
    public var column: Int

    /// Creates a position.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// Orders positions by line, then column.
    public static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// A multi-line text editor: an editing model that renders itself word-wrapped and scrolls to
/// keep the cursor visible.
///
/// Keys: as `TextField` within a line (Ctrl-A/E, Home/End, Ctrl-U/K/W, Alt-B/F, Backspace,
/// Delete), plus Enter to split the line, ←/→ crossing line ends, ↑/↓ moving by line while
/// keeping the display column, and Backspace/Delete joining lines at their ends.
public struct TextArea: Widget, Equatable, Sendable {
    /// The lines, each as grapheme clusters; never empty.
    public private(set) var lines: [[Character]]
    /// The cursor.
    public private(set) var cursor: TextPosition
    /// The display column ↑/↓ try to keep; nil until the first vertical move.
    private var preferredColumn: Int?
    /// First visible wrapped row; moved at render time to keep the cursor visible and persisted
    /// by `scrollToCursor(width:height:)`.
    public var scrollRow = 0
    /// Shown in the placeholder style while the text is empty.
    public var placeholder: String
    /// Whether the editor has keyboard focus (draws the cursor and the focused style).
    public var isFocused: Bool
    /// Style of the text when not focused.
    public var style: Style
    /// Style of the text when focused.
    public var focusedStyle: Style
    /// Style of the placeholder.
    public var placeholderStyle: Style

    /// Creates an editor holding `text` with the cursor at its end.
    public init(text: String = "", placeholder: String = "", isFocused: Bool = false, theme: Theme = .dark) {
        self.lines = Self.split(text)
        self.cursor = TextPosition(line: 0, column: 0)
        self.placeholder = placeholder
        self.isFocused = isFocused
        self.style = theme.base
        self.focusedStyle = theme.base.patched(with: theme.accent)
        self.placeholderStyle = theme.muted
        moveToEnd()
    }

    /// The text, lines joined by `\n`; setting it moves the cursor to the end.
    public var text: String {
        get { lines.map { String($0) }.joined(separator: "\n") }
        set {
            lines = Self.split(newValue)
            moveToEnd()
        }
    }

    /// Display column of the cursor within its (unwrapped) line.
    public var cursorColumn: Int {
        Self.width(of: lines[cursor.line][..<cursor.column])
    }

    /// Moves the cursor to `position` (clamped to the text).
    public mutating func moveCursor(to position: TextPosition) {
        let line = min(max(0, position.line), lines.count - 1)
        cursor = TextPosition(line: line, column: min(max(0, position.column), lines[line].count))
        preferredColumn = nil
    }

    /// Applies an editing key; returns false for keys the editor does not use (Tab, Esc, …).
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        var keepsPreferredColumn = false
        switch key {
        case .char(let character):
            insert([character])
        case .enter:
            insert(["\n"])
        case .left:
            if cursor.column > 0 {
                cursor.column -= 1
            } else if cursor.line > 0 {
                cursor = TextPosition(line: cursor.line - 1, column: lines[cursor.line - 1].count)
            }
        case .right:
            if cursor.column < lines[cursor.line].count {
                cursor.column += 1
            } else if cursor.line < lines.count - 1 {
                cursor = TextPosition(line: cursor.line + 1, column: 0)
            }
        case .up, .down:
            let target = cursor.line + (key == .up ? -1 : 1)
            let column = preferredColumn ?? cursorColumn
            if target < 0 {
                cursor.column = 0
            } else if target >= lines.count {
                cursor.column = lines[cursor.line].count
            } else {
                cursor = TextPosition(line: target, column: Self.offset(ofDisplayColumn: column, in: lines[target]))
            }
            preferredColumn = column
            keepsPreferredColumn = true
        case .home, .ctrl("a"): cursor.column = 0
        case .end, .ctrl("e"): cursor.column = lines[cursor.line].count
        case .backspace:
            if cursor.column > 0 {
                lines[cursor.line].remove(at: cursor.column - 1)
                cursor.column -= 1
            } else if cursor.line > 0 {
                let previousLength = lines[cursor.line - 1].count
                lines[cursor.line - 1].append(contentsOf: lines.remove(at: cursor.line))
                cursor = TextPosition(line: cursor.line - 1, column: previousLength)
            }
        case .delete, .ctrl("d"):
            if cursor.column < lines[cursor.line].count {
                lines[cursor.line].remove(at: cursor.column)
            } else if cursor.line < lines.count - 1 {
                lines[cursor.line].append(contentsOf: lines.remove(at: cursor.line + 1))
            }
        case .ctrl("u"):
            lines[cursor.line].removeSubrange(0..<cursor.column)
            cursor.column = 0
        case .ctrl("k"):
            lines[cursor.line].removeSubrange(cursor.column...)
        case .ctrl("w"):
            let start = WordMotion.rubOutStart(in: lines[cursor.line], from: cursor.column)
            lines[cursor.line].removeSubrange(start..<cursor.column)
            cursor.column = start
        case .alt("b"): cursor.column = WordMotion.previousWordStart(in: lines[cursor.line], from: cursor.column)
        case .alt("f"): cursor.column = WordMotion.nextWordEnd(in: lines[cursor.line], from: cursor.column)
        default:
            return false
        }
        if !keepsPreferredColumn { preferredColumn = nil }
        return true
    }

    /// Inserts pasted text at the cursor, keeping its line breaks (`\r\n` and `\r` become `\n`).
    public mutating func insert(paste: String) {
        insert(Array(paste))
        preferredColumn = nil
    }

    /// Persists the vertical scroll that rendering in a `width`×`height` area would use.
    public mutating func scrollToCursor(width: Int, height: Int) {
        scrollRow = layout(width: width, height: height).top
    }

    /// Draws the wrapped text; sets `buffer.cursor` when focused.
    public func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let textStyle = isFocused ? focusedStyle : style
        buffer.fill(area, style: textStyle)
        if lines.count == 1, lines[0].isEmpty, !placeholder.isEmpty {
            Paragraph(placeholder, style: placeholderStyle).render(in: area, buffer: &buffer)
        }
        let visual = layout(width: area.width, height: area.height)
        for (offset, row) in visual.rows.dropFirst(visual.top).prefix(area.height).enumerated() {
            var x = area.x
            for character in lines[row.line][row.range] {
                guard x < area.right else { break }
                x += buffer.write(String(character), x: x, y: area.y + offset, style: textStyle, maxWidth: area.right - x)
            }
        }
        if isFocused {
            buffer.cursor = Point(x: area.x + min(visual.cursorColumn, area.width - 1), y: area.y + visual.cursorRow - visual.top)
        }
    }

    private struct VisualRow {
        var line: Int
        var range: Range<Int>
    }

    private func layout(width: Int, height: Int) -> (rows: [VisualRow], cursorRow: Int, cursorColumn: Int, top: Int) {
        var rows: [VisualRow] = []
        var cursorRow = 0
        var cursorColumn = 0
        for (index, line) in lines.enumerated() {
            let wrapped = TextWrapper.rows(of: line, width: width)
            if index == cursor.line {
                let rowInLine = wrapped.lastIndex { $0.lowerBound <= cursor.column } ?? 0
                cursorRow = rows.count + rowInLine
                cursorColumn = Self.width(of: line[wrapped[rowInLine].lowerBound..<cursor.column])
            }
            rows += wrapped.map { VisualRow(line: index, range: $0) }
        }
        let visible = max(1, height)
        var top = min(max(0, scrollRow), cursorRow)
        top = min(top, max(0, rows.count - visible))
        top = max(top, cursorRow - visible + 1)
        return (rows, cursorRow, cursorColumn, top)
    }

    private mutating func insert(_ characters: [Character]) {
        var pieces: [[Character]] = [[]]
        for character in characters {
            if character.isNewline {
                pieces.append([])
            } else if DisplayWidth.of(character) > 0 {
                pieces[pieces.count - 1].append(character)
            }
        }
        let tail = Array(lines[cursor.line][cursor.column...])
        lines[cursor.line].removeSubrange(cursor.column...)
        lines[cursor.line].append(contentsOf: pieces[0])
        var line = cursor.line
        for piece in pieces.dropFirst() {
            line += 1
            lines.insert(piece, at: line)
        }
        let column = lines[line].count
        lines[line].append(contentsOf: tail)
        cursor = TextPosition(line: line, column: column)
    }

    private mutating func moveToEnd() {
        cursor = TextPosition(line: lines.count - 1, column: lines[lines.count - 1].count)
        preferredColumn = nil
    }

    private static func split(_ text: String) -> [[Character]] {
        var lines: [[Character]] = [[]]
        for character in text {
            if character.isNewline { lines.append([]) } else { lines[lines.count - 1].append(character) }
        }
        return lines
    }

    private static func width(of characters: ArraySlice<Character>) -> Int {
        characters.reduce(0) { $0 + DisplayWidth.of($1) }
    }

    /// The grapheme offset in `line` whose display column is closest to `column` without passing it.
    private static func offset(ofDisplayColumn column: Int, in line: [Character]) -> Int {
        var used = 0
        for (offset, character) in line.enumerated() {
            let width = DisplayWidth.of(character)
            if used + width > column { return offset }
            used += width
        }
        return line.count
    }
}
