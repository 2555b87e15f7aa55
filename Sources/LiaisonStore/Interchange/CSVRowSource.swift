import Foundation
import LiaisonCore

/// The records of a CSV file, handed to the store as it inserts them. They are read and
/// validated ahead on another thread (`CSVRecordPipeline`) and taken here in file order. A bad
/// row either ends the sequence with `failure` set, or (with rejects) is written to the
/// rejects file and skipped.
final class CSVRowSource<Format: CSVImportFormat>: Sequence, IteratorProtocol {
    private let pipeline: CSVRecordPipeline<Format>
    private let rejects: CSVRejects?
    private let report: (Int) -> Void
    /// The rest of the current batch, last first.
    private var batch: [CSVRecordPipeline<Format>.Item] = []
    /// The error that stopped the import, if any.
    private(set) var failure: (any Error)?
    /// The line of the last record handed out.
    private(set) var lastLine: Int?
    /// Bytes of the input read ahead so far.
    private(set) var bytesRead = 0

    /// Records of `reader` (positioned after `header`); `report` receives the bytes read so
    /// far now and then.
    init(
        importer: CSVImporter<Format>, reader: CSVReader, header: CSVHeader, rejects: CSVRejects?,
        batchSize: Int = CSVRecordPipeline<Format>.defaultBatchSize, report: @escaping (Int) -> Void
    ) {
        pipeline = CSVRecordPipeline(
            importer: importer, reader: reader, header: header, stopsAtRefusal: rejects == nil, batchSize: batchSize)
        self.rejects = rejects
        self.report = report
    }

    /// Starts reading ahead; records are validated against `catalog` at `now`.
    func begin(catalog: ReferenceCatalog, now: Date) {
        pipeline.start(catalog: catalog, now: now)
    }

    /// Stops reading ahead and waits until the reader is no longer in use.
    func end() {
        pipeline.stop()
    }

    func next() -> Format.Record? {
        while failure == nil {
            guard let item = batch.popLast() else {
                guard let next = pipeline.nextBatch() else { return nil }
                batch = next.itemsLastFirst
                bytesRead = next.bytesRead
                report(bytesRead)
                continue
            }
            switch item {
            case .record(let record, let line):
                lastLine = line
                return record
            case .refused(let fields, let error):
                if !refuse(fields: fields, because: error) { return nil }
            case .failed(let error):
                failure = error
            }
        }
        return nil
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
