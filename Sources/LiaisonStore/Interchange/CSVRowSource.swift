import Foundation
import LiaisonCore

/// The records of a CSV file, produced lazily while the store inserts them. A bad row either
/// ends the sequence with `failure` set, or (with rejects) is written to the rejects file
/// and skipped.
final class CSVRowSource<Format: CSVImportFormat>: Sequence, IteratorProtocol {
    private let importer: CSVImporter<Format>
    private let reader: CSVReader
    private let header: CSVHeader
    private let rejects: CSVRejects?
    private let report: () -> Void
    private var catalog: ReferenceCatalog?
    private var now = Date()
    private var rowsSinceReport = 0
    /// The error that stopped the import, if any.
    private(set) var failure: (any Error)?
    /// The line and row of the last record handed out.
    private(set) var lastLine: Int?
    private(set) var lastRow: CSVRow?

    init(importer: CSVImporter<Format>, reader: CSVReader, header: CSVHeader, rejects: CSVRejects?, report: @escaping () -> Void) {
        self.importer = importer
        self.reader = reader
        self.header = header
        self.rejects = rejects
        self.report = report
    }

    func begin(catalog: ReferenceCatalog, now: Date) {
        self.catalog = catalog
        self.now = now
    }

    func next() -> Format.Record? {
        guard failure == nil, let catalog else { return nil }
        while true {
            rowsSinceReport += 1
            if rowsSinceReport == 8192 {
                rowsSinceReport = 0
                report()
            }
            let record: CSVRecord
            do {
                guard let read = try reader.next() else { return nil }
                record = read
            } catch {
                let located = importer.rowError(error, header: header)
                guard error.isRecoverable else {
                    failure = located
                    return nil
                }
                if refuse(fields: error.fields, because: located) { continue }
                return nil
            }
            let row = CSVRow(record: record, header: header)
            do {
                let built = try importer.format.record(from: row, catalog: catalog, now: now)
                lastLine = record.line
                lastRow = row
                return built
            } catch {
                if refuse(fields: record.fields, because: importer.rowError(error, line: record.line)) { continue }
                return nil
            }
        }
    }

    /// Writes a bad row to the rejects file and returns true, or, without rejects (or when
    /// the rejects file cannot be written), records the failure and returns false.
    private func refuse(fields: [String], because error: ImportError) -> Bool {
        guard let rejects else {
            failure = error
            return false
        }
        do {
            let location = error.line.map { "line \($0): " } ?? ""
            try rejects.add(fields: fields, reason: location + (error.field.map { "\($0): " } ?? "") + error.reason)
            return true
        } catch {
            failure = error
            return false
        }
    }
}
