import Foundation

/// The files of one SQLite database: the main file and its WAL and shared-memory files.
enum DatabaseFiles {
    /// Removes the database at `path` with its `-wal`, `-shm` and `.bench.json` files, if present.
    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm", ".bench.json"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// Copies the database at `source` (with its WAL, if any) to `destination`.
    static func copy(_ source: String, to destination: String) throws {
        remove(destination)
        try FileManager.default.copyItem(atPath: source, toPath: destination)
        if FileManager.default.fileExists(atPath: source + "-wal") {
            try FileManager.default.copyItem(atPath: source + "-wal", toPath: destination + "-wal")
        }
    }
}
