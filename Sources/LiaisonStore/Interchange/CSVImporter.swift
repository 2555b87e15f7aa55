import Foundation
import LiaisonCore

/// Streams a CSV file into the store in one transaction: reads the header, turns each row
/// into a validated record, and either fails on the first bad row (nothing written) or,
/// with `skipInvalid`, writes bad rows to a rejects file and imports the rest. Memory stays
/// flat however long the file is. Rows are read and validated on a second thread while the
/// store writes the ones before them.
struct CSVImporter<Format: CSVImportFormat> {
    let format: Format
    let store: LiaisonStore
    let input: URL
    let actor: PersonID
    let options: CSVImportOptions
    /// Rows read ahead and handed to the writer at a time.
    var batchSize = CSVRecordPipeline<Format>.defaultBatchSize

    private var fileName: String { options.displayName ?? input.relativePath }

    func run() throws -> CSVImportResult {
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: input)
        } catch {
            throw ImportError.unreadable(fileName, error)
        }
        defer { try? handle.close() }
        let size = (try? FileManager.default.attributesOfItem(atPath: input.path)[.size] as? Int) ?? nil
        let reader = CSVReader(fileHandle: handle)
        let header = try readHeader(reader)
        let rejects = options.skipInvalid
            ? CSVRejects(destination: options.rejectsFile ?? CSVImportOptions.defaultRejectsFile(for: input), header: header.names)
            : nil
        let rows = CSVRowSource(
            importer: self, reader: reader, header: header, rejects: rejects, batchSize: batchSize,
            report: { bytes in options.progress?(InterchangeProgress(done: bytes, total: size, unit: .bytes)) })
        defer { rows.end() }
        let imported: Int
        do {
            imported = try store.write(actor: actor) { transaction in
                let catalog = try transaction.catalog()
                rows.begin(catalog: catalog, now: transaction.now)
                let count: Int
                do {
                    count = try format.insert(rows, into: transaction, catalog: catalog)
                } catch let error as BatchRowError {
                    let field = format.column(forField: error.error.field)
                    throw ImportError(file: fileName, line: rows.lastLine, field: field, reason: error.error.reason)
                }
                if let failure = rows.failure { throw failure }
                rows.end()
                return count
            }
        } catch {
            rejects?.discard()
            throw error
        }
        let rejectsFile = try rejects?.commit()
        options.progress?(InterchangeProgress(done: size ?? rows.bytesRead, total: size, unit: .bytes))
        return CSVImportResult(imported: imported, rejected: rejects?.count ?? 0, rejectsFile: rejectsFile)
    }

    private func readHeader(_ reader: CSVReader) throws(ImportError) -> CSVHeader {
        let record: CSVRecord?
        do {
            record = try reader.next()
        } catch {
            throw ImportError(file: fileName, line: error.line, field: "header", reason: error.reason)
        }
        guard let record else {
            throw ImportError(
                file: fileName, line: 1,
                reason: "the file is empty; the first row must be a header naming \(format.requiredColumns.joined(separator: ","))")
        }
        return try CSVHeader(record, required: format.requiredColumns, optional: format.optionalColumns, file: fileName)
    }

    /// The error for a bad row.
    func rowError(_ problem: CSVFieldProblem, line: Int) -> ImportError {
        ImportError(file: fileName, line: line, field: problem.field, reason: problem.reason)
    }

    /// The error for a record the CSV reader refused (bad UTF-8, ragged row, stray quote).
    func rowError(_ error: CSVError, header: CSVHeader) -> ImportError {
        let field = error.fieldIndex.map { index in
            index < header.names.count ? header.names[index] : "column \(index + 1)"
        }
        return ImportError(file: fileName, line: error.line, field: field, reason: error.reason)
    }
}
