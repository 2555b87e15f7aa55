/// One column of a `Table`: its header, how wide it is and how its cells are aligned.
public struct TableColumn: Hashable, Sendable {
    /// Header text.
    public var title: String
    /// Width, resolved with `Layout.split` across the table's width.
    public var width: Constraint
    /// Alignment of the header and cells.
    public var alignment: TextAlignment

    /// Creates a column.
    public init(_ title: String, width: Constraint, alignment: TextAlignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}

/// Which column a table is sorted by, shown as ▲ (ascending) or ▼ (descending) in the header.
public struct TableSort: Hashable, Sendable {
    /// Index of the sorted column.
    public var column: Int
    /// Sort direction.
    public var ascending: Bool

    /// Creates a sort indicator.
    public init(column: Int, ascending: Bool) {
        self.column = column
        self.ascending = ascending
    }

    /// The indicator glyph.
    public var symbol: String { ascending ? "▲" : "▼" }
}
