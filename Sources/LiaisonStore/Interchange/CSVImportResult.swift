import Foundation

/// What a CSV import did.
public struct CSVImportResult: Equatable, Sendable {
    /// Rows written to the database.
    public var imported: Int
    /// Rows refused (only with `skipInvalid`; otherwise the import throws).
    public var rejected: Int
    /// The rejects file, when rows were refused.
    public var rejectsFile: URL?

    /// Creates a result.
    public init(imported: Int, rejected: Int, rejectsFile: URL?) {
        self.imported = imported
        self.rejected = rejected
        self.rejectsFile = rejectsFile
    }
}
