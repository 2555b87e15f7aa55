import Foundation

/// Why an import failed, located in the input: `FILE:LINE: FIELD: reason`, with the line
/// and field left out when they do not apply (`demo.json: insights[12].sentiment: …`).
public struct ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The input file's name as the user gave it.
    public var file: String
    /// The physical line (1-based) of the offending record, for line-based input.
    public var line: Int?
    /// The column (CSV) or coding path (JSON) at fault.
    public var field: String?
    /// What is wrong, in words a user understands.
    public var reason: String

    /// Creates an error.
    public init(file: String, line: Int? = nil, field: String? = nil, reason: String) {
        self.file = file
        self.line = line
        self.field = field
        self.reason = reason
    }

    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if let field, !field.isEmpty { text += ": \(field)" }
        return text + ": " + reason
    }
}

extension ImportError {
    /// The error for an input file that cannot be opened or read.
    static func unreadable(_ file: String, _ error: any Error) -> ImportError {
        let detail = (error as? CocoaError)?.localizedDescription ?? String(describing: error)
        return ImportError(file: file, reason: "cannot read the file: \(detail)")
    }
}
