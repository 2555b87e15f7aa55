/// Supplies the rows of a virtualised `List`. The list asks only for `count` and for the rows
/// that are on screen, so the source may be arbitrarily large or computed lazily.
public protocol ListDataSource {
    /// Total number of rows.
    var count: Int { get }
    /// The row at `index` (`0..<count`) as styled spans.
    func row(at index: Int) -> [Span]
    /// The rows in `range`; override to fetch a page at once.
    func rows(in range: Range<Int>) -> [[Span]]
}

extension ListDataSource {
    /// Fetches each row of `range` with `row(at:)`.
    public func rows(in range: Range<Int>) -> [[Span]] {
        range.map { row(at: $0) }
    }
}

extension Array: ListDataSource where Element == String {
    /// The string at `index` as one unstyled span.
    public func row(at index: Int) -> [Span] {
        [Span(self[index])]
    }
}

/// Supplies the rows of a virtualised `Table`; each row is one `[Span]` per column.
public protocol TableDataSource {
    /// Total number of rows.
    var count: Int { get }
    /// The cells of the row at `index` (`0..<count`).
    func row(at index: Int) -> [[Span]]
    /// The rows in `range`; override to fetch a page at once.
    func rows(in range: Range<Int>) -> [[[Span]]]
}

extension TableDataSource {
    /// Fetches each row of `range` with `row(at:)`.
    public func rows(in range: Range<Int>) -> [[[Span]]] {
        range.map { row(at: $0) }
    }
}

extension Array: TableDataSource where Element == [String] {
    /// The strings of the row at `index`, one unstyled span per cell.
    public func row(at index: Int) -> [[Span]] {
        self[index].map { [Span($0)] }
    }
}
