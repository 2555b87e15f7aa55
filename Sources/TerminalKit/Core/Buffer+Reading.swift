extension Buffer: Equatable {
    /// Buffers are equal when they cover the same area, show the same cells and place the
    /// cursor alike.
    public static func == (lhs: Buffer, rhs: Buffer) -> Bool {
        guard lhs.area == rhs.area, lhs.cursor == rhs.cursor else { return false }
        for i in lhs.storage.indices where !lhs.sameCell(i, as: rhs) { return false }
        return true
    }

    /// Whether cell `i` shows the same as cell `i` of `other` (same-sized buffers).
    @inline(__always)
    func sameCell(_ i: Int, as other: Buffer) -> Bool {
        let mine = storage[i]
        let theirs = other.storage[i]
        if mine == theirs { return !mine.isOverflow || overflow[mine.overflowIndex] == other.overflow[theirs.overflowIndex] }
        guard mine.isOverflow, theirs.isOverflow, mine.style == theirs.style, mine.width == theirs.width else { return false }
        return overflow[mine.overflowIndex] == other.overflow[theirs.overflowIndex]
    }

    /// The changes that turn `previous` into this buffer on screen.
    ///
    /// Only leading cells are emitted (a wide cell paints its continuation too). A changed
    /// continuation cell emits its leading cell; a narrow cell replacing a wide glyph differs
    /// from the old continuation to its right, so that neighbour is emitted as well. A
    /// different area yields a full repaint.
    public func diff(from previous: Buffer) -> [CellChange] {
        var changes: [CellChange] = []
        changes.reserveCapacity(changeCount(from: previous))
        forEachChange(from: previous) { x, y, cell in changes.append(CellChange(x: x, y: y, cell: cell)) }
        return changes
    }

    /// Calls `body` with each change of `diff(from:)`, in order, without building an array.
    public func forEachChange(from previous: Buffer, _ body: (_ x: Int, _ y: Int, _ cell: Cell) -> Void) {
        if previous.area != area {
            for row in area.y..<area.bottom {
                var i = index(x: area.x, y: row)
                for column in area.x..<area.right {
                    if storage[i].width != 0 { body(column, row, cell(at: i)) }
                    i += 1
                }
            }
            return
        }
        let width = area.width
        for row in 0..<area.height {
            let base = row * width
            var lastEmitted = -1
            for column in 0..<width where !sameCell(base + column, as: previous) {
                let i = base + column
                if storage[i].width == 0 {
                    if column > 0, lastEmitted != column - 1 {
                        body(area.x + column - 1, area.y + row, cell(at: i - 1))
                        lastEmitted = column - 1
                    }
                } else {
                    body(area.x + column, area.y + row, cell(at: i))
                    lastEmitted = column
                }
            }
        }
    }

    /// The number of cells `diff(from:)` would emit, without building them.
    public func changeCount(from previous: Buffer) -> Int {
        guard previous.area == area else { return storage.reduce(0) { $0 + ($1.width == 0 ? 0 : 1) } }
        var count = 0
        let width = area.width
        for row in 0..<area.height {
            let base = row * width
            var lastEmitted = -1
            for column in 0..<width where !sameCell(base + column, as: previous) {
                let leading = storage[base + column].width == 0 ? column - 1 : column
                if leading >= 0, leading != lastEmitted {
                    count += 1
                    lastEmitted = leading
                }
            }
        }
        return count
    }

    /// The text of every row; continuation cells are skipped, trailing spaces kept.
    public func lines() -> [String] {
        (area.y..<area.bottom).map { line(row: $0) }
    }

    /// The text of one row (absolute row number).
    public func line(row: Int) -> String {
        guard row >= area.y, row < area.bottom else { return "" }
        var text = ""
        text.reserveCapacity(area.width)
        let first = index(x: area.x, y: row)
        for i in first..<(first + area.width) {
            let packed = storage[i]
            if packed.width == 0 { continue }
            if packed.glyph >> 56 == 1 {
                text.unicodeScalars.append(UnicodeScalar(UInt8(packed.glyph & 0xFF)))
            } else {
                text += grapheme(of: packed)
            }
        }
        return text
    }

    /// Maximal runs of equal style in a row; ranges are absolute columns.
    public func styleRuns(row: Int) -> [(range: Range<Int>, style: Style)] {
        guard row >= area.y, row < area.bottom, area.width > 0 else { return [] }
        var runs: [(range: Range<Int>, style: Style)] = []
        let first = index(x: area.x, y: row)
        var start = area.x
        var current = storage[first].style
        for column in (area.x + 1)..<max(area.x + 1, area.right) {
            let style = storage[first + column - area.x].style
            if style != current {
                runs.append((start..<column, StyleCode.unpack(current)))
                start = column
                current = style
            }
        }
        runs.append((start..<area.right, StyleCode.unpack(current)))
        return runs
    }

    /// The screen as text lines joined by newlines, for debugging and golden files.
    public var text: String { lines().joined(separator: "\n") }
}
