/// A problem in CSV input: a record that cannot be read (invalid UTF-8, a ragged row, a stray
/// quote) or input that ends inside a quoted field.
public struct CSVError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The physical line (1-based) where the problem is.
    public var line: Int
    /// The 0-based index of the offending field, when one field is at fault.
    public var fieldIndex: Int?
    /// What is wrong, in words a user understands.
    public var reason: String
    /// The fields of the rejected record as far as they could be read (invalid UTF-8 replaced
    /// by U+FFFD), so a caller can write the record to a rejects file.
    public var fields: [String]
    /// False when the reader cannot go on after this error (the input ended inside quotes or
    /// could not be read); true when the bad record was skipped and `next()` may be called again.
    public var isRecoverable: Bool

    /// Creates an error at `line`.
    public init(line: Int, fieldIndex: Int? = nil, reason: String, fields: [String] = [], isRecoverable: Bool = true) {
        self.line = line
        self.fieldIndex = fieldIndex
        self.reason = reason
        self.fields = fields
        self.isRecoverable = isRecoverable
    }

    public var description: String {
        if let fieldIndex { return "line \(line): field \(fieldIndex + 1): \(reason)" }
        return "line \(line): \(reason)"
    }
}
