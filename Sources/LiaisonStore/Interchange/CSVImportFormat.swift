import Foundation
import LiaisonCore

/// A kind of record imported from CSV (insights, touchpoints): its columns, how a row
/// becomes a validated record, and how records are written. `CSVImporter` does the rest.
protocol CSVImportFormat: SendableMetatype {
    /// Records are built on the reading thread and written on the importer's.
    associatedtype Record: Sendable

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
    func column(forField field: String) -> String
}
