import Foundation
import LiaisonCore

/// Reads and validates the records of a CSV file on a thread of its own while the importer
/// writes the previous ones, handing them over in batches through a bounded queue (at most
/// `depth` batches wait, so memory stays flat). The producer stops at the first row that ends
/// the import (a bad row without rejects, an unreadable file); everything before it is handed
/// over in order, then that failure. The consumer decides what each item means, exactly as it
/// would reading sequentially.
///
/// The reader, header and format are used only by the producer thread from `start` until it
/// has finished; `stop` waits for that, so the caller may close the file afterwards.
final class CSVRecordPipeline<Format: CSVImportFormat>: @unchecked Sendable {
    /// One step of the import, in file order.
    enum Item: Sendable {
        /// A valid record, with the line it starts on.
        case record(Format.Record, line: Int)
        /// A row that cannot be imported (the consumer refuses or rejects it).
        case refused(fields: [String], error: ImportError)
        /// The file could not be read any further (the import fails whatever the options).
        case failed(ImportError)
    }

    /// A run of items and how far into the input the producer had read after it.
    struct Batch: Sendable {
        /// The items, last first: the consumer takes them with `popLast()`, moving each out
        /// of the array instead of copying it.
        var itemsLastFirst: [Item]
        var bytesRead: Int
    }

    /// Rows per batch by default: big enough that hand-overs cost nothing, small enough that
    /// the writer starts at once.
    static var defaultBatchSize: Int { 512 }
    /// Batches that may wait by default.
    static var defaultDepth: Int { 8 }

    private let importer: CSVImporter<Format>
    private let reader: CSVReader
    private let header: CSVHeader
    private let stopsAtRefusal: Bool
    private let batchSize: Int
    private let depth: Int

    private let condition = NSCondition()
    private var queue: [Batch] = []
    private var queueStart = 0
    private var producerDone = false
    private var cancelled = false
    private var thread: Thread?
    private var finishedThread = false

    /// A pipeline over `reader`, positioned after the header. `stopsAtRefusal`: a bad row ends
    /// the import (no rejects file), so reading stops there.
    init(
        importer: CSVImporter<Format>, reader: CSVReader, header: CSVHeader, stopsAtRefusal: Bool,
        batchSize: Int = CSVRecordPipeline.defaultBatchSize, depth: Int = CSVRecordPipeline.defaultDepth
    ) {
        self.importer = importer
        self.reader = reader
        self.header = header
        self.stopsAtRefusal = stopsAtRefusal
        self.batchSize = max(batchSize, 1)
        self.depth = max(depth, 1)
    }

    /// Starts reading on a new thread; records are validated against `catalog` at `now`.
    func start(catalog: ReferenceCatalog, now: Date) {
        let thread = Thread { [self] in
            produce(catalog: catalog, now: now)
            condition.lock()
            finishedThread = true
            condition.broadcast()
            condition.unlock()
        }
        thread.name = "liaison.csv-reader"
        thread.stackSize = 1 << 20
        condition.lock()
        self.thread = thread
        condition.unlock()
        thread.start()
    }

    /// The next batch, waiting for the producer; nil when it has handed over everything.
    func nextBatch() -> Batch? {
        condition.lock()
        defer { condition.unlock() }
        while queueStart == queue.count && !producerDone { condition.wait() }
        guard queueStart < queue.count else { return nil }
        let batch = queue[queueStart]
        queueStart += 1
        if queueStart == queue.count {
            queue.removeAll(keepingCapacity: true)
            queueStart = 0
        }
        condition.broadcast()
        return batch
    }

    /// Tells the producer to stop and waits until it has left the reader alone. Safe to call
    /// more than once, and before `start`.
    func stop() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while thread != nil && !finishedThread { condition.wait() }
        condition.unlock()
    }

    private func produce(catalog: ReferenceCatalog, now: Date) {
        var items: [Item] = []
        items.reserveCapacity(batchSize)
        var ended = false
        while !ended {
            let item = nextItem(catalog: catalog, now: now)
            switch item {
            case nil:
                ended = true
            case .failed?:
                ended = true
            case .refused?:
                ended = stopsAtRefusal
            case .record?:
                break
            }
            if let item { items.append(item) }
            if items.count >= batchSize || ended {
                items.reverse()
                guard hand(Batch(itemsLastFirst: items, bytesRead: reader.bytesRead)) else { return }
                items = []
                items.reserveCapacity(batchSize)
            }
        }
        condition.lock()
        producerDone = true
        condition.broadcast()
        condition.unlock()
    }

    /// Queues `batch`, waiting while the queue is full; false when the consumer has stopped.
    private func hand(_ batch: Batch) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while queue.count - queueStart >= depth && !cancelled { condition.wait() }
        guard !cancelled else {
            producerDone = true
            return false
        }
        queue.append(batch)
        condition.broadcast()
        return true
    }

    private func nextItem(catalog: ReferenceCatalog, now: Date) -> Item? {
        let record: CSVRecord
        do {
            guard let read = try reader.next() else { return nil }
            record = read
        } catch {
            let located = importer.rowError(error, header: header)
            return error.isRecoverable ? .refused(fields: error.fields, error: located) : .failed(located)
        }
        let row = CSVRow(record: record, header: header)
        do {
            let built = try importer.format.record(from: row, catalog: catalog, now: now)
            return .record(built, line: record.line)
        } catch {
            return .refused(fields: record.fields, error: importer.rowError(error, line: record.line))
        }
    }
}
