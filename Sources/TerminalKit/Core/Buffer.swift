/// A rectangle of cells that widgets draw into; compared against the previous frame by `diff`.
///
/// Storage is one flat array in row-major order. Coordinates are absolute: the top-left cell
/// is `(area.x, area.y)`. Reads outside the area return `Cell.blank`; writes outside are ignored.
public struct Buffer: Equatable, Sendable {
    /// The region this buffer covers.
    public private(set) var area: Rect
    /// The cells, row by row.
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should be shown after drawing (nil hides it).
    public var cursor: Point?

    /// Creates a blank buffer covering `area`.
    public init(area: Rect) {
        self.area = area
        self.cells = Array(repeating: .blank, count: max(0, area.width * area.height))
        self.cursor = nil
    }

    /// Creates a blank buffer of the given size at the origin.
    public init(width: Int, height: Int) {
        self.init(area: Rect(x: 0, y: 0, width: width, height: height))
    }

    /// Index into `cells` for an absolute position inside the area.
    @inline(__always)
    func index(x: Int, y: Int) -> Int {
        (y - area.y) * area.width + (x - area.x)
    }

    /// The cell at column `x`, row `y`.
    ///
    /// Setting goes through the same wide-glyph bookkeeping as `write`: a half-overwritten
    /// wide glyph loses its other half.
    public subscript(x: Int, y: Int) -> Cell {
        get {
            guard area.contains(x: x, y: y) else { return .blank }
            return cells[index(x: x, y: y)]
        }
        set {
            put(newValue, x: x, y: y)
        }
    }

    /// Places `cell` at (x, y), blanking halves of wide glyphs it overlaps.
    /// A wide cell also writes its continuation cell; a wide cell at the right edge becomes a space.
    mutating func put(_ cell: Cell, x: Int, y: Int) {
        guard area.contains(x: x, y: y) else { return }
        if cell.width == 0 {
            // A bare continuation cell only makes sense right of a wide glyph; keep the style.
            let i = index(x: x, y: y)
            if x > area.x, cells[i - 1].width == 2 {
                cells[i].style = cell.style
            } else {
                clearOverlap(at: x, y: y, span: 1)
                cells[i] = .blank(cell.style)
            }
            return
        }
        if cell.width >= 2 {
            guard x + 1 < area.right else {
                clearOverlap(at: x, y: y, span: 1)
                cells[index(x: x, y: y)] = .blank(cell.style)
                return
            }
            clearOverlap(at: x, y: y, span: 2)
            let i = index(x: x, y: y)
            cells[i] = Cell(grapheme: cell.grapheme, width: 2, style: cell.style)
            cells[i + 1] = .continuation(cell.style)
            return
        }
        clearOverlap(at: x, y: y, span: 1)
        cells[index(x: x, y: y)] = cell
    }

    /// Blanks the outside halves of wide glyphs cut by writing `span` cells from `x`.
    @inline(__always)
    private mutating func clearOverlap(at x: Int, y: Int, span: Int) {
        let first = index(x: x, y: y)
        if cells[first].width == 0, x > area.x {
            cells[first - 1] = .blank(cells[first - 1].style)
        }
        let lastX = x + span - 1
        let last = first + span - 1
        if cells[last].width == 2, lastX + 1 < area.right {
            cells[last + 1] = .blank(cells[last + 1].style)
        }
    }

    /// Writes `text` from (x, y) grapheme by grapheme, by display width.
    ///
    /// Clips at the area's right edge and at `maxWidth` columns. A wide glyph that does not fit
    /// becomes a space. Tabs are drawn as one space (see `DisplayWidth`); other control
    /// characters are skipped. Returns the number of columns used.
    @discardableResult
    public mutating func write(
        _ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil
    ) -> Int {
        guard y >= area.y, y < area.bottom else { return 0 }
        var limit = area.right
        if let maxWidth { limit = min(limit, x + max(0, maxWidth)) }
        guard x < limit else { return 0 }
        var column = x
        if x >= area.x, text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7f }) {
            for byte in text.utf8 {
                guard column < limit else { break }
                put(Cell(grapheme: Self.asciiStrings[Int(byte)], width: 1, style: style), x: column, y: y)
                column += 1
            }
            return column - x
        }
        for character in text {
            guard column < limit else { break }
            let width = DisplayWidth.of(character)
            if width == 0 { continue }
            if column + width > limit {
                if column >= area.x { put(.blank(style), x: column, y: y) }
                column += 1
                break
            }
            if column < area.x {
                if column + width > area.x { put(.blank(style), x: area.x, y: y) }
                column += width
                continue
            }
            let grapheme = character == "\t" ? " " : String(character)
            put(Cell(grapheme: grapheme, width: width, style: style), x: column, y: y)
            column += width
        }
        return column - x
    }

    /// Single-character strings for printable ASCII, so the fast path allocates nothing.
    private static let asciiStrings: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

    /// Sets every cell of `rect` (clipped to the area) to a space with `style`.
    public mutating func fill(_ rect: Rect, style: Style) {
        let clipped = rect.intersection(area)
        guard !clipped.isEmpty else { return }
        for row in clipped.y..<clipped.bottom {
            for column in clipped.x..<clipped.right {
                put(.blank(style), x: column, y: row)
            }
        }
    }

    /// Lays `style` over the existing style of every cell in `rect` (see `Style.patched`).
    public mutating func patchStyle(_ style: Style, in rect: Rect) {
        let clipped = rect.intersection(area)
        guard !clipped.isEmpty else { return }
        for row in clipped.y..<clipped.bottom {
            var i = index(x: clipped.x, y: row)
            for _ in clipped.x..<clipped.right {
                cells[i].style = cells[i].style.patched(with: style)
                i += 1
            }
        }
    }

    /// Replaces every cell with a plain blank and clears the cursor.
    public mutating func reset() {
        for i in cells.indices { cells[i] = .blank }
        cursor = nil
    }

    /// Copies `other` into this buffer at its own coordinates (clipped to this area).
    public mutating func merge(_ other: Buffer) {
        let clipped = other.area.intersection(area)
        guard !clipped.isEmpty else { return }
        for row in clipped.y..<clipped.bottom {
            for column in clipped.x..<clipped.right {
                let cell = other[column, row]
                if cell.width == 0 { continue }
                put(cell, x: column, y: row)
            }
        }
        if let point = other.cursor { cursor = point }
    }
}
