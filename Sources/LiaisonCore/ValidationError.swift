/// A rejected value, naming the entity and field at fault so a user can fix the input.
public struct ValidationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The kind of record being validated, e.g. `insight`.
    public var entity: String
    /// The offending field, e.g. `sentiment`.
    public var field: String
    /// What is wrong, in words a user understands.
    public var reason: String

    /// Creates an error for `entity.field`.
    public init(entity: String, field: String, reason: String) {
        self.entity = entity
        self.field = field
        self.reason = reason
    }

    public var description: String { "\(entity).\(field): \(reason)" }
}

/// Small helpers shared by the validating constructors.
enum Check {
    static func nonEmpty(_ value: String, _ entity: String, _ field: String) throws(ValidationError) {
        // Stops at the first visible character; no Foundation string bridging (bulk imports
        // validate millions of fields).
        if value.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
            throw ValidationError(entity: entity, field: field, reason: "must not be empty")
        }
    }

    static func range(_ value: Int, _ range: ClosedRange<Int>, _ entity: String, _ field: String) throws(ValidationError) {
        if !range.contains(value) {
            throw ValidationError(
                entity: entity, field: field,
                reason: "\(value) is outside \(range.lowerBound)…\(range.upperBound)")
        }
    }

    static func slug(_ value: String, prefix: String, _ entity: String, _ field: String) throws(ValidationError) {
        let body = value.hasPrefix(prefix + ":") ? value.dropFirst(prefix.count + 1) : ""
        let allowed = body.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
        if body.isEmpty || !allowed {
            throw ValidationError(
                entity: entity, field: field,
                reason: "'\(value)' is not an id of the form \(prefix):name")
        }
    }
}
