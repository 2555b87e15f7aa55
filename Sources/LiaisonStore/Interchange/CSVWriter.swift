import Foundation

/// Writes RFC 4180 CSV as UTF-8: a field is quoted only when it holds a comma, a quote, a
/// CR or LF, or leading or trailing spaces; quotes inside are doubled. Output collects in
/// memory and, when the writer has a file handle, is flushed to it in large blocks.
public final class CSVWriter {
    /// How records end.
    public enum LineEnding: Sendable {
        case lf
        case crlf

        var bytes: [UInt8] { self == .lf ? [0x0A] : [0x0D, 0x0A] }
    }

    private let handle: FileHandle?
    private let lineEnding: [UInt8]
    private let flushThreshold = 1 << 18
    private var buffer: [UInt8] = []

    /// A writer that keeps its output in memory (`data`).
    public init(lineEnding: LineEnding = .lf) {
        handle = nil
        self.lineEnding = lineEnding.bytes
    }

    /// A writer that streams to `fileHandle`. Call `flush()` when done; the caller closes the handle.
    public init(fileHandle: FileHandle, lineEnding: LineEnding = .lf) {
        handle = fileHandle
        self.lineEnding = lineEnding.bytes
        buffer.reserveCapacity(flushThreshold + 4096)
    }

    /// The output not yet flushed to a file; all of it for an in-memory writer.
    public var data: Data { Data(buffer) }

    /// Appends one record.
    public func write(_ fields: [String]) throws {
        for (index, field) in fields.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            append(field, alone: fields.count == 1)
        }
        buffer.append(contentsOf: lineEnding)
        if handle != nil && buffer.count >= flushThreshold { try flush() }
    }

    /// Writes buffered output to the file handle.
    public func flush() throws {
        guard let handle, !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// The CSV text of one record, without a line end.
    public static func line(_ fields: [String]) -> String {
        let writer = CSVWriter()
        for (index, field) in fields.enumerated() {
            if index > 0 { writer.buffer.append(UInt8(ascii: ",")) }
            writer.append(field, alone: fields.count == 1)
        }
        return String(decoding: writer.buffer, as: UTF8.self)
    }

    /// Appends a field, quoted when needed. A lone empty field is quoted so the record is not
    /// read back as a blank line.
    private func append(_ field: String, alone: Bool) {
        let utf8 = field.utf8
        let quoted = (alone && utf8.isEmpty) || Self.needsQuotes(utf8)
        if !quoted {
            buffer.append(contentsOf: utf8)
            return
        }
        buffer.append(UInt8(ascii: "\""))
        if utf8.contains(UInt8(ascii: "\"")) {
            for byte in utf8 {
                buffer.append(byte)
                if byte == UInt8(ascii: "\"") { buffer.append(byte) }
            }
        } else {
            buffer.append(contentsOf: utf8)
        }
        buffer.append(UInt8(ascii: "\""))
    }

    private static func needsQuotes(_ utf8: String.UTF8View) -> Bool {
        if utf8.first == UInt8(ascii: " ") || utf8.last == UInt8(ascii: " ") { return true }
        return utf8.contains { byte in
            byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D
        }
    }
}
