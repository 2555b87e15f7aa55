import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Creates the database file before SQLite opens it, so it is private to the user (0600)
/// and its folders exist (0700 for the ones created here).
enum StoreFile {
    /// Creates `path` with mode 0600 when missing; leaves an existing file untouched.
    static func prepare(path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        if !FileManager.default.fileExists(atPath: folder) {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
        }
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        if descriptor >= 0 {
            defer { close(descriptor) }
            if fchmod(descriptor, 0o600) != 0 { throw StoreError.fileSystem(path: path, errno: errno) }
            return
        }
        let failure = errno
        if failure == EEXIST { return }
        throw StoreError.fileSystem(path: path, errno: failure)
    }
}
