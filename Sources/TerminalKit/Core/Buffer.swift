/// A rectangle of cells that widgets draw into; compared against the previous frame by `diff`.
///
/// Coordinates are absolute: the top-left cell is `(area.x, area.y)`. Reads outside the area
/// return `Cell.blank`; writes outside are ignored. Cells are stored row-major in one flat
/// array of integers (see `PackedCell`), so copying and diffing frames is cheap.
public struct Buffer: Sendable {
    /// The region this buffer covers.
    public private(set) var area: Rect
    /// Where the terminal cursor should be shown after drawing (nil hides it).
    public var cursor: Point?
    var storage: [PackedCell]
    /// Graphemes longer than 7 UTF-8 bytes, referenced by index from `storage`.
    var overflow: [String] = []
    private var overflowIndex: [String: Int] = [:]

    /// Creates a blank buffer covering `area`.
    public init(area: Rect) {
        self.area = area
        self.storage = Array(repeating: .blank, count: max(0, area.width * area.height))
        self.cursor = nil
    }

    /// Creates a blank buffer of the given size at the origin.
    public init(width: Int, height: Int) {
        self.init(area: Rect(x: 0, y: 0, width: width, height: height))
    }

    /// Index into `storage` for an absolute position inside the area.
    @inline(__always)
    func index(x: Int, y: Int) -> Int {
        (y - area.y) * area.width + (x - area.x)
    }

    /// The cell at column `x`, row `y`.
    ///
    /// Setting goes through the same wide-glyph bookkeeping as `write`: a half-overwritten
    /// wide glyph loses its other half, and a wide cell also claims the cell to its right.
    public subscript(x: Int, y: Int) -> Cell {
        get {
            guard area.contains(x: x, y: y) else { return .blank }
            return cell(at: index(x: x, y: y))
        }
        set {
            guard area.contains(x: x, y: y) else { return }
            let style = StyleCode.pack(newValue.style)
            if newValue.width == 0 || newValue.grapheme.isEmpty {
                put(.continuation(style: style), x: x, y: y)
            } else {
                let glyph = glyphCode(newValue.grapheme)
                put(PackedCell(glyph: glyph, style: style, width: UInt8(min(2, newValue.width))), x: x, y: y)
            }
        }
    }

    /// The public form of the stored cell at `index`.
    func cell(at index: Int) -> Cell {
        let packed = storage[index]
        return Cell(grapheme: grapheme(of: packed), width: Int(packed.width), style: StyleCode.unpack(packed.style))
    }

    /// The grapheme text of a stored cell ("" for a continuation cell).
    @inline(__always)
    func grapheme(of packed: PackedCell) -> String {
        if packed.width == 0 { return "" }
        return packed.isOverflow ? overflow[packed.overflowIndex] : PackedCell.string(inline: packed.glyph)
    }

    /// The glyph code for `text`, interning long graphemes in the overflow table.
    mutating func glyphCode<Text: StringProtocol>(_ text: Text) -> UInt64 {
        if let inline = PackedCell.pack(text.utf8) { return inline }
        let key = String(text)
        if let known = overflowIndex[key] { return PackedCell.overflowTag | UInt64(known) }
        overflow.append(key)
        overflowIndex[key] = overflow.count - 1
        return PackedCell.overflowTag | UInt64(overflow.count - 1)
    }

    /// Places `cell` at (x, y), blanking halves of wide glyphs it overlaps. A wide cell also
    /// writes its continuation; one that would stick out of the right edge becomes a space.
    mutating func put(_ cell: PackedCell, x: Int, y: Int) {
        guard area.contains(x: x, y: y) else { return }
        let i = index(x: x, y: y)
        if cell.width == 0 {
            if x > area.x, storage[i - 1].width == 2 {
                storage[i].style = cell.style
            } else {
                clearOverlap(at: i, x: x, span: 1)
                storage[i] = .blank(style: cell.style)
            }
            return
        }
        if cell.width >= 2 {
            guard x + 1 < area.right else {
                clearOverlap(at: i, x: x, span: 1)
                storage[i] = .blank(style: cell.style)
                return
            }
            clearOverlap(at: i, x: x, span: 2)
            storage[i] = PackedCell(glyph: cell.glyph, style: cell.style, width: 2)
            storage[i + 1] = .continuation(style: cell.style)
            return
        }
        clearOverlap(at: i, x: x, span: 1)
        storage[i] = cell
    }

    /// Blanks the outside halves of wide glyphs cut by writing `span` cells from index `first`.
    @inline(__always)
    private mutating func clearOverlap(at first: Int, x: Int, span: Int) {
        if storage[first].width == 0, x > area.x {
            storage[first - 1] = .blank(style: storage[first - 1].style)
        }
        let last = first + span - 1
        if storage[last].width == 2, x + span < area.right {
            storage[last + 1] = .blank(style: storage[last + 1].style)
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
        let code = StyleCode.pack(style)
        if x >= area.x, text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7f }) {
            return writeASCII(text, x: x, y: y, style: code, limit: limit)
        }
        var column = x
        var scanner = GraphemeScanner(text)
        while column < limit, let (range, width) = scanner.next() {
            if width == 0 { continue }
            if column + width > limit {
                if column >= area.x { put(.blank(style: code), x: column, y: y) }
                column += 1
                break
            }
            if column < area.x {
                if column + width > area.x { put(.blank(style: code), x: area.x, y: y) }
                column += width
                continue
            }
            let grapheme = text[range]
            let glyph = grapheme.utf8.first == 0x09 ? PackedCell.blank.glyph : glyphCode(grapheme)
            put(PackedCell(glyph: glyph, style: code, width: UInt8(width)), x: column, y: y)
            column += width
        }
        return column - x
    }

    /// Printable-ASCII fast path of `write`: one cell per byte; wide glyphs cut at either end
    /// of the run lose their other half.
    private mutating func writeASCII(_ text: String, x: Int, y: Int, style: UInt32, limit: Int) -> Int {
        let count = min(text.utf8.count, limit - x)
        guard count > 0 else { return 0 }
        let start = index(x: x, y: y)
        if storage[start].width == 0, x > area.x {
            storage[start - 1] = .blank(style: storage[start - 1].style)
        }
        storage.withUnsafeMutableBufferPointer { cells in
            var i = start
            for byte in text.utf8.prefix(count) {
                cells[i] = .ascii(byte, style: style)
                i += 1
            }
        }
        let after = start + count
        if x + count < area.right, storage[after].width == 0 {
            storage[after] = .blank(style: storage[after].style)
        }
        return count
    }

    /// Sets every cell of `rect` (clipped to the area) to a space with `style`.
    public mutating func fill(_ rect: Rect, style: Style) {
        let clipped = rect.intersection(area)
        guard !clipped.isEmpty else { return }
        let blank = PackedCell.blank(style: StyleCode.pack(style))
        for row in clipped.y..<clipped.bottom {
            let first = index(x: clipped.x, y: row)
            clearOverlap(at: first, x: clipped.x, span: 1)
            clearOverlap(at: first + clipped.width - 1, x: clipped.right - 1, span: 1)
            for i in first..<(first + clipped.width) { storage[i] = blank }
        }
    }

    /// Lays `style` over the existing style of every cell in `rect` (see `Style.patched`).
    public mutating func patchStyle(_ style: Style, in rect: Rect) {
        let clipped = rect.intersection(area)
        guard !clipped.isEmpty else { return }
        var cache: [UInt32: UInt32] = [:]
        for row in clipped.y..<clipped.bottom {
            let first = index(x: clipped.x, y: row)
            for i in first..<(first + clipped.width) {
                let old = storage[i].style
                if let known = cache[old] {
                    storage[i].style = known
                } else {
                    let patched = StyleCode.pack(StyleCode.unpack(old).patched(with: style))
                    cache[old] = patched
                    storage[i].style = patched
                }
            }
        }
    }

    /// Replaces every cell with a plain blank and clears the cursor.
    public mutating func reset() {
        for i in storage.indices { storage[i] = .blank }
        overflow.removeAll()
        overflowIndex.removeAll()
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
                self[column, row] = cell
            }
        }
        if let point = other.cursor { cursor = point }
    }
}
