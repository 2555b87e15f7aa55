import Foundation
import LiaisonCore

/// A kind of record imported from CSV (insights, touchpoints): its columns, how a row
/// becomes a validated record, and how records are written. `CSVImporter` does the rest.
protocol CSVImportFormat {
    associatedtype Record

    /// Columns the header must name, in the documented order.
    var requiredColumns: [String] { get }
    /// Columns read when present.
    var optionalColumns: [String] { get }

    /// The record `row` describes, validated on its own and against `catalog`, exactly as
    /// `insert` will validate it. `now` is the time of the import.
    func record(from row: CSVRow, catalog: ReferenceCatalog, now: Date) throws(CSVFieldProblem) -> Record

    /// Writes `records` through `transaction`; returns how many.
    func insert<S: Sequence>(_ records: S, into transaction: StoreTransaction, catalog: ReferenceCatalog) throws -> Int
    where S.Element == Record

    /// The CSV column for a field named by a `ValidationError` (e.g. `regionID` → `region`).
    func column(forField field: String, in row: CSVRow) -> String
}

/// What to do and where to report while importing a CSV file.
public struct CSVImportOptions {
    /// Import the valid rows and write the bad ones to `rejectsFile`, instead of importing
    /// nothing when any row is bad.
    public var skipInvalid: Bool
    /// Where rejected rows go; by default next to the input: `insights.csv` → `insights.rejects.csv`.
    public var rejectsFile: URL?
    /// The file name used in error messages; by default the input's path as given.
    public var displayName: String?
    /// Rejects text that fails the compliance check (restricted words, patient identifiers),
    /// as `liaison log` does.
    public var screensText: Bool
    /// Receives progress in bytes of the input.
    public var progress: InterchangeProgressHandler?

    /// Creates options; the defaults import all or nothing.
    public init(
        skipInvalid: Bool = false, rejectsFile: URL? = nil, displayName: String? = nil, screensText: Bool = true,
        progress: InterchangeProgressHandler? = nil
    ) {
        self.skipInvalid = skipInvalid
        self.rejectsFile = rejectsFile
        self.displayName = displayName
        self.screensText = screensText
        self.progress = progress
    }

    /// The rejects file for `input`: `NAME.rejects.csv` next to it.
    public static func defaultRejectsFile(for input: URL) -> URL {
        let base = input.pathExtension.lowercased() == "csv" ? input.deletingPathExtension() : input
        return base.deletingLastPathComponent().appendingPathComponent(base.lastPathComponent + ".rejects.csv")
    }
}

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
