/// One terminal cell: a grapheme cluster, its display width and a style.
///
/// A wide glyph occupies two cells: the leading cell holds the grapheme with `width == 2`,
/// the cell to its right is a continuation cell with an empty grapheme and `width == 0`.
public struct Cell: Hashable, Sendable {
    public var grapheme: String
    public var width: Int
    public var style: Style

    /// Creates a cell.
    public init(grapheme: String, width: Int, style: Style = .plain) {
        self.grapheme = grapheme
        self.width = width
        self.style = style
    }

    /// A plain space.
    public static let blank = Cell(grapheme: " ", width: 1, style: .plain)

    /// A space with the given style.
    public static func blank(_ style: Style) -> Cell {
        Cell(grapheme: " ", width: 1, style: style)
    }

    /// The right half of a wide glyph.
    public static func continuation(_ style: Style) -> Cell {
        Cell(grapheme: "", width: 0, style: style)
    }

    /// Cells are equal when they show the same grapheme with the same width and style;
    /// the cheap fields are compared first.
    public static func == (lhs: Cell, rhs: Cell) -> Bool {
        lhs.width == rhs.width && lhs.style == rhs.style && lhs.grapheme == rhs.grapheme
    }

    /// Hashes the grapheme, width and style, consistently with `==`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(grapheme)
        hasher.combine(width)
        hasher.combine(style)
    }

    /// Whether this cell is the right half of a wide glyph.
    public var isContinuation: Bool { width == 0 }
}
