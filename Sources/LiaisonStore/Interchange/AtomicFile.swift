import Foundation

/// An output file that appears whole or not at all: bytes go to a hidden temporary file in
/// the destination's folder, which `commit()` renames over the destination. Until then the
/// destination is untouched; `discard()` (or dropping the value uncommitted) removes the
/// temporary file. New files get mode 0600, as they hold field data.
public final class AtomicFile {
    /// Where the file will be once committed.
    public let destination: URL
    /// The open temporary file to write to.
    public let handle: FileHandle
    private let temporary: URL
    private var closed = false

    /// Creates the temporary file next to `destination`.
    public init(destination: URL) throws {
        self.destination = destination
        let folder = destination.deletingLastPathComponent()
        temporary = folder.appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [
                NSFilePathErrorKey: destination.path,
                NSLocalizedDescriptionKey: "cannot create a file in \(folder.path): \(String(cString: strerror(errno)))",
            ])
        }
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    deinit {
        if !closed { discard() }
    }

    /// Flushes the bytes to disk and moves the file into place, replacing any old one.
    public func commit() throws {
        precondition(!closed, "AtomicFile committed or discarded twice")
        closed = true
        do {
            try handle.synchronize()
            try handle.close()
            guard rename(temporary.path, destination.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [
                    NSFilePathErrorKey: destination.path,
                    NSLocalizedDescriptionKey: "cannot write \(destination.path): \(String(cString: strerror(errno)))",
                ])
            }
        } catch {
            unlink(temporary.path)
            throw error
        }
    }

    /// Removes the temporary file; the destination stays as it was.
    public func discard() {
        guard !closed else { return }
        closed = true
        try? handle.close()
        unlink(temporary.path)
    }

    /// Writes `data` to `destination` atomically.
    public static func write(_ data: Data, to destination: URL) throws {
        let file = try AtomicFile(destination: destination)
        try file.handle.write(contentsOf: data)
        try file.commit()
    }
}
