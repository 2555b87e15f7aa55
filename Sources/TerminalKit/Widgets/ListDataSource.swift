/// Supplies the rows of a virtualised `List`. The list asks only for `count` and for the rows
/// that are on screen, so the source may be arbitrarily large or computed lazily.
public protocol ListDataSource {
    /// Total number of rows.
    var count: Int { get }
    /// The row at `index` (`0..<count`) as styled spans.
    func row(at index: Int) -> [Span]
    /// The rows in `range`; override to fetch a page at once.
    func rows(in range: Range<Int>) -> [[Span]]
    /// A style laid over the whole row at `index` (e.g. to colour overdue items); nil for none.
    /// Asked only for visible rows. The selection style is laid over it.
    func rowStyle(at index: Int) -> Style?
}

extension ListDataSource {
    /// Fetches each row of `range` with `row(at:)`.
    public func rows(in range: Range<Int>) -> [[Span]] {
        range.map { row(at: $0) }
    }

    /// No row style.
    public func rowStyle(at index: Int) -> Style? { nil }
}

extension Array: ListDataSource where Element == String {
    /// The string at `index` as one unstyled span.
    public func row(at index: Int) -> [Span] {
        [Span(self[index])]
    }
}
