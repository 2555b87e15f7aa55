/// Why an import failed, located in the input: `FILE:LINE: FIELD: reason`, with the line
/// and field left out when they do not apply (`demo.json: insights[12].sentiment: …`).
public struct ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The input file's name as the user gave it.
    public var file: String
    /// The physical line (1-based) of the offending record, for line-based input.
    public var line: Int?
    /// The column (CSV) or coding path (JSON) at fault.
    public var field: String?
    /// What is wrong, in words a user understands.
    public var reason: String

    /// Creates an error.
    public init(file: String, line: Int? = nil, field: String? = nil, reason: String) {
        self.file = file
        self.line = line
        self.field = field
        self.reason = reason
    }

    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if let field, !field.isEmpty { text += ": \(field)" }
        return text + ": " + reason
    }
}

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
