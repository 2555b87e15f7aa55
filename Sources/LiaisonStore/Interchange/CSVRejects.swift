import Foundation

/// The rejects file of a `--skip-invalid` import: the input's header plus a `reason` column,
/// then every refused row as it was read, with why. Created on the first rejected row and
/// moved into place only when the import has been committed.
final class CSVRejects {
    private let destination: URL
    private let header: [String]
    private let reasonIndex: Int
    private var file: AtomicFile?
    private var writer: CSVWriter?
    /// Rows written so far.
    private(set) var count = 0

    /// Prepares rejects for a file whose header is `header`. An existing `reason` column (a
    /// rejects file imported again) is reused rather than repeated.
    init(destination: URL, header: [String]) {
        self.destination = destination
        if let existing = header.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).lowercased() == "reason" }) {
            self.header = header
            reasonIndex = existing
        } else {
            self.header = header + ["reason"]
            reasonIndex = header.count
        }
    }

    /// Adds a refused row with its reason.
    func add(fields: [String], reason: String) throws {
        let writer = try openIfNeeded()
        var row = fields
        if row.count <= reasonIndex { row += Array(repeating: "", count: reasonIndex + 1 - row.count) }
        row[reasonIndex] = reason
        try writer.write(row)
        count += 1
    }

    /// Moves the rejects file into place; returns where, or nil when no row was refused.
    func commit() throws -> URL? {
        guard let file, let writer else { return nil }
        try writer.flush()
        try file.commit()
        self.file = nil
        return destination
    }

    /// Drops the rejects file (the import failed).
    func discard() {
        file?.discard()
        file = nil
    }

    private func openIfNeeded() throws -> CSVWriter {
        if let writer { return writer }
        let file = try AtomicFile(destination: destination)
        let writer = CSVWriter(fileHandle: file.handle)
        try writer.write(header)
        self.file = file
        self.writer = writer
        return writer
    }
}
