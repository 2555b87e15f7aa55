/// A JSON document as a value: overlays partial config files on the defaults, and lets the
/// audit log compare two versions of a record field by field.
public enum JSONValue: Codable, Hashable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value):
            if value == value.rounded(), abs(value) < 1e15 {
                try container.encode(Int64(value))
            } else {
                try container.encode(value)
            }
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// Every non-object value with its key path below `path`; arrays count as values.
    public func leaves(path: [String]) -> [(path: [String], value: JSONValue)] {
        guard case .object(let members) = self else { return [(path, self)] }
        return members.keys.sorted().flatMap { members[$0]!.leaves(path: path + [$0]) }
    }

    /// `overrides` laid over `self`: objects merge key by key (recursively), anything else
    /// is replaced. A key the base object lacks is an error naming its dotted path.
    public func overlaid(with overrides: JSONValue, path: String) throws(ValidationError) -> JSONValue {
        guard case .object(let base) = self, case .object(let changes) = overrides else { return overrides }
        var merged = base
        for key in changes.keys.sorted() {
            let keyPath = path.isEmpty ? key : "\(path).\(key)"
            guard let current = base[key] else {
                let known = base.keys.sorted().joined(separator: ", ")
                throw ValidationError(entity: "config", field: keyPath, reason: "unknown setting (known here: \(known))")
            }
            merged[key] = try current.overlaid(with: changes[key]!, path: keyPath)
        }
        return .object(merged)
    }
}
