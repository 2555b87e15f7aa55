import Foundation

/// The files of one SQLite database: the main file and its WAL and shared-memory files.
enum DatabaseFiles {
    /// Removes the database at `path` with its `-wal` and `-shm` files, if present.
    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
