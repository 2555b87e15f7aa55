/// How far an import or export has got, reported so a front end can draw a progress bar.
public struct InterchangeProgress: Equatable, Sendable {
    /// What `done` and `total` count.
    public enum Unit: Sendable {
        /// Bytes of the input file (CSV import).
        case bytes
        /// Records written (exports, dataset import).
        case records
    }

    /// Work done so far.
    public var done: Int
    /// All the work, when known in advance.
    public var total: Int?
    /// What is counted.
    public var unit: Unit

    /// Creates a report.
    public init(done: Int, total: Int?, unit: Unit) {
        self.done = done
        self.total = total
        self.unit = unit
    }
}

/// Receives progress reports; called on the importing thread, every few thousand records
/// and once at the end.
public typealias InterchangeProgressHandler = (InterchangeProgress) -> Void
