extension Buffer {
    /// The changes that turn `previous` into this buffer on screen.
    ///
    /// Only leading cells are emitted (a wide cell paints its continuation too). A changed
    /// continuation cell emits its leading cell; a narrow cell replacing a wide glyph is
    /// emitted together with the neighbour the old glyph covered. A different area yields
    /// a full repaint.
    public func diff(from previous: Buffer) -> [CellChange] {
        var changes: [CellChange] = []
        if previous.area != area {
            changes.reserveCapacity(cells.count)
            for row in area.y..<area.bottom {
                var i = index(x: area.x, y: row)
                for column in area.x..<area.right {
                    let cell = cells[i]
                    if cell.width != 0 { changes.append(CellChange(x: column, y: row, cell: cell)) }
                    i += 1
                }
            }
            return changes
        }
        let width = area.width
        for row in 0..<area.height {
            let base = row * width
            var lastEmitted = -1
            var column = 0
            while column < width {
                let i = base + column
                let cell = cells[i]
                if cell == previous.cells[i] {
                    column += 1
                    continue
                }
                if cell.width == 0 {
                    if column > 0, lastEmitted != column - 1 {
                        changes.append(CellChange(x: area.x + column - 1, y: area.y + row, cell: cells[i - 1]))
                        lastEmitted = column - 1
                    }
                } else {
                    changes.append(CellChange(x: area.x + column, y: area.y + row, cell: cell))
                    lastEmitted = column
                    if previous.cells[i].width == 2, cell.width == 1, column + 1 < width,
                        cells[i + 1] == previous.cells[i + 1] {
                        // Unreachable with a consistent buffer; kept so the screen heals anyway.
                        changes.append(CellChange(x: area.x + column + 1, y: area.y + row, cell: cells[i + 1]))
                        lastEmitted = column + 1
                        column += 1
                    }
                }
                column += 1
            }
        }
        return changes
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
        var i = index(x: area.x, y: row)
        for _ in 0..<area.width {
            let cell = cells[i]
            if cell.width != 0 { text += cell.grapheme }
            i += 1
        }
        return text
    }

    /// Maximal runs of equal style in a row; ranges are absolute columns.
    public func styleRuns(row: Int) -> [(range: Range<Int>, style: Style)] {
        guard row >= area.y, row < area.bottom, area.width > 0 else { return [] }
        var runs: [(range: Range<Int>, style: Style)] = []
        var start = area.x
        var current = self[area.x, row].style
        for column in (area.x + 1)..<max(area.x + 1, area.right) {
            let style = self[column, row].style
            if style != current {
                runs.append((start..<column, current))
                start = column
                current = style
            }
        }
        runs.append((start..<area.right, current))
        return runs
    }

    /// The screen as text lines joined by newlines, for debugging and golden files.
    public var text: String { lines().joined(separator: "\n") }
}
