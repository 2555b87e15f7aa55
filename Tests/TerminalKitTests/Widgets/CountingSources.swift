@testable import TerminalKit

/// A million-row list source that records which rows were requested.
final class CountingListSource: ListDataSource {
    let count: Int
    private(set) var requested: [Int] = []

    init(count: Int = 1_000_000) {
        self.count = count
    }

    func row(at index: Int) -> [Span] {
        requested.append(index)
        return [Span("Row \(index)")]
    }
}

/// A million-row table source that records which rows were requested.
final class CountingTableSource: TableDataSource {
    let count: Int
    private(set) var requested: [Int] = []

    init(count: Int = 1_000_000) {
        self.count = count
    }

    func row(at index: Int) -> [[Span]] {
        requested.append(index)
        return [[Span("\(index)")], [Span("Name \(index)")], [Span("\(index % 7)")]]
    }
}
