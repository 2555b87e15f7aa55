import Foundation

/// A streaming RFC 4180 reader over bytes, from memory or from a file read in chunks.
///
/// Handles quoted fields with embedded commas, newlines and doubled quotes, an optional
/// UTF-8 byte order mark, CRLF, LF and lone CR line ends. Blank lines are skipped. Each record
/// carries the physical line it starts on. A record with invalid UTF-8, text after a closing
/// quote or (with `requiresUniformFieldCount`) a field count unlike the first record's is
/// reported as a `CSVError` naming the line; the reader then goes on with the next record.
public final class CSVReader {
    private enum Source {
        case memory(Data, offset: Int)
        case file(FileHandle)
    }

    private var source: Source
    private let chunkSize: Int
    private var chunk: [UInt8] = []
    private var position = 0
    private var startOfInput = true
    private var endOfInput = false
    private var finished = false
    private var scanner: CSVScanner

    /// Bytes taken from the input so far (for progress reports).
    public private(set) var bytesRead = 0

    /// The physical line the reader has reached.
    public var line: Int { scanner.line }

    /// Reads CSV held in memory. With `requiresUniformFieldCount`, every record must have as
    /// many fields as the first (the header).
    public init(data: Data, requiresUniformFieldCount: Bool = true, chunkSize: Int = 1 << 18) {
        source = .memory(data, offset: data.startIndex)
        self.chunkSize = max(chunkSize, 1)
        scanner = CSVScanner(requiresUniformFieldCount: requiresUniformFieldCount)
    }

    /// Reads CSV from an open file, `chunkSize` bytes at a time. The caller closes the handle.
    public init(fileHandle: FileHandle, requiresUniformFieldCount: Bool = true, chunkSize: Int = 1 << 18) {
        source = .file(fileHandle)
        self.chunkSize = max(chunkSize, 1)
        scanner = CSVScanner(requiresUniformFieldCount: requiresUniformFieldCount)
    }

    /// The next record, nil at the end of the input. Throws `CSVError` for a bad record; when
    /// the error `isRecoverable`, the bad record has been consumed and reading may go on.
    public func next() throws(CSVError) -> CSVRecord? {
        while !finished {
            if position == chunk.count {
                if !endOfInput { try loadChunk() }
                if endOfInput && position == chunk.count {
                    finished = true
                    return try deliver(scanner.finish())
                }
            }
            let (next, event) = chunk.withUnsafeBufferPointer { buffer in
                scanner.scan(buffer, from: position)
            }
            position = next
            if let record = try deliver(event) { return record }
        }
        return nil
    }

    private func deliver(_ event: CSVScanner.Event?) throws(CSVError) -> CSVRecord? {
        switch event {
        case .none, .needsInput: return nil
        case .record(let record): return record
        case .rejected(let error):
            if !error.isRecoverable { finished = true }
            throw error
        }
    }

    /// Replaces the chunk with the next bytes of input; drops a byte order mark at the start.
    private func loadChunk() throws(CSVError) {
        chunk.removeAll(keepingCapacity: true)
        position = 0
        repeat {
            let before = chunk.count
            try appendInput()
            if chunk.count == before { endOfInput = true }
        } while startOfInput && !endOfInput && chunk.count < 3
        bytesRead += chunk.count
        if startOfInput {
            startOfInput = false
            if chunk.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        }
    }

    private func appendInput() throws(CSVError) {
        switch source {
        case .memory(let data, let offset):
            let end = min(offset + chunkSize, data.endIndex)
            chunk.append(contentsOf: data[offset..<end])
            source = .memory(data, offset: end)
        case .file(let handle):
            do {
                if let data = try handle.read(upToCount: chunkSize) { chunk.append(contentsOf: data) }
            } catch {
                finished = true
                throw CSVError(line: scanner.line, reason: "cannot read the file: \(error.localizedDescription)", isRecoverable: false)
            }
        }
    }
}
