/// Supplies the rows of a virtualised `Table`; each row is one `[Span]` per column.
public protocol TableDataSource {
    /// Total number of rows.
    var count: Int { get }
    /// The cells of the row at `index` (`0..<count`).
    func row(at index: Int) -> [[Span]]
    /// The rows in `range`; override to fetch a page at once.
    func rows(in range: Range<Int>) -> [[[Span]]]
    /// A style laid over the whole row at `index` (e.g. to colour overdue items); nil for none.
    /// Asked only for visible rows. The selection style is laid over it.
    func rowStyle(at index: Int) -> Style?
}

extension TableDataSource {
    /// Fetches each row of `range` with `row(at:)`.
    public func rows(in range: Range<Int>) -> [[[Span]]] {
        range.map { row(at: $0) }
    }

    /// No row style.
    public func rowStyle(at index: Int) -> Style? { nil }
}

extension Array: TableDataSource where Element == [String] {
    /// The strings of the row at `index`, one unstyled span per cell.
    public func row(at index: Int) -> [[Span]] {
        self[index].map { [Span($0)] }
    }
}
