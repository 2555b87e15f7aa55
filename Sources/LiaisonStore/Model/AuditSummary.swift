import LiaisonCore
import Foundation

/// Builds the before/after summary stored with each audit row.
enum AuditSummary {
    /// Longest string value kept in a summary; longer text is cut with an ellipsis.
    static let maxStringLength = 240

    /// The whole record as compact JSON (long strings shortened).
    static func record<T: Encodable>(_ value: T) -> String {
        let text = StoreCoding.json(value)
        if text.utf8.count <= maxStringLength { return text }
        let parsed = (try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))) ?? .string(text)
        return StoreCoding.json(shortened(parsed))
    }

    /// `{"field":[before,after]}` for every top-level field that differs; nil when equal.
    static func difference<T: Encodable>(from before: T, to after: T, extra: [String: String] = [:]) -> String? {
        guard case .object(let old) = parse(before), case .object(let new) = parse(after) else {
            return record(after)
        }
        var changes: [String: JSONValue] = [:]
        for key in Set(old.keys).union(new.keys) where old[key] != new[key] {
            changes[key] = .array([shortened(old[key] ?? .null), shortened(new[key] ?? .null)])
        }
        if changes.isEmpty && extra.isEmpty { return nil }
        for (key, value) in extra { changes[key] = .string(value) }
        return StoreCoding.json(JSONValue.object(changes))
    }

    private static func parse<T: Encodable>(_ value: T) -> JSONValue {
        let text = StoreCoding.json(value)
        return (try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))) ?? .string(text)
    }

    private static func shortened(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let text) where text.count > maxStringLength:
            return .string(String(text.prefix(maxStringLength)) + "…")
        case .array(let items):
            return .array(items.map(shortened))
        case .object(let fields):
            return .object(fields.mapValues(shortened))
        default:
            return value
        }
    }
}
