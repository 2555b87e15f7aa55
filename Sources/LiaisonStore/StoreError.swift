import Foundation
import LiaisonCore

/// Failures of the store that are not validation errors of a record.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The record to change or act on does not exist.
    case notFound(entity: String, id: String)
    /// The database file or its folder could not be created.
    case fileSystem(path: String, errno: Int32)
    /// A stored row cannot be turned back into a domain value.
    case corruptRow(entity: String, id: String, reason: String)
    /// A page cursor does not belong to the query it was passed to.
    case invalidCursor

    public var description: String {
        switch self {
        case .notFound(let entity, let id):
            "no \(entity) with id '\(id)'"
        case .fileSystem(let path, let code):
            "cannot create \(path): \(String(cString: strerror(code)))"
        case .corruptRow(let entity, let id, let reason):
            "stored \(entity) '\(id)' is unreadable: \(reason)"
        case .invalidCursor:
            "the page cursor does not belong to this listing"
        }
    }
}

/// A rejected element of a bulk insert, naming its position in the sequence passed in.
public struct BatchRowError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Zero-based position of the element in the sequence passed to the bulk insert.
    public var index: Int
    /// The element's id.
    public var id: String
    public var error: ValidationError

    /// Creates a located error.
    public init(index: Int, id: String, error: ValidationError) {
        self.index = index
        self.id = id
        self.error = error
    }

    public var description: String { "element \(index) (\(id)): \(error)" }
}
