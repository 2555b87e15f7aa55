/// One CSV record: its fields and the physical line (1-based) where it starts.
public struct CSVRecord: Equatable, Sendable {
    /// The field values, unquoted.
    public var fields: [String]
    /// The physical line where the record starts; a quoted field with newlines makes a
    /// record span several lines.
    public var line: Int

    /// Creates a record.
    public init(fields: [String], line: Int) {
        self.fields = fields
        self.line = line
    }

    /// The field at `index`.
    public subscript(index: Int) -> String { fields[index] }
}
