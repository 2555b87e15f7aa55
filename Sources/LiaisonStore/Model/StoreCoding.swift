import Foundation
import LiaisonCore

/// Conversions between domain values and column values: dates as epoch milliseconds,
/// enums as their raw strings, small lists and nested values as compact JSON.
enum StoreCoding {
    /// Epoch milliseconds of `date`, rounded.
    static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }

    /// The date `milliseconds` after the epoch.
    static func date(_ milliseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }

    /// The epoch day (UTC) containing `date`, as the summary table counts it.
    static func day(_ date: Date) -> Int64 {
        let ms = milliseconds(date)
        return ms >= 0 ? ms / 86_400_000 : (ms - 86_399_999) / 86_400_000
    }

    /// Compact JSON text of `value`, keys sorted.
    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONCoding.encoder(pretty: false)
        // Encoding plain domain values cannot fail; a failure would be a programming error.
        guard let data = try? encoder.encode(value), let text = String(data: data, encoding: .utf8) else {
            preconditionFailure("cannot encode \(T.self) as JSON")
        }
        return text
    }

    /// `json(strings)` without a JSONEncoder (bulk inserts write one list per row): the same
    /// bytes, i.e. compact, slashes unescaped, `"`, `\\` and control characters escaped.
    static func jsonStringList(_ strings: [String]) -> String {
        if strings.isEmpty { return "[]" }
        var text = "["
        for (index, string) in strings.enumerated() {
            if index > 0 { text += "," }
            text += "\""
            for scalar in string.unicodeScalars {
                switch scalar {
                case "\"": text += "\\\""
                case "\\": text += "\\\\"
                case "\n": text += "\\n"
                case "\r": text += "\\r"
                case "\t": text += "\\t"
                case "\u{8}": text += "\\b"
                case "\u{C}": text += "\\f"
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16)
                    text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: text.unicodeScalars.append(scalar)
                }
            }
            text += "\""
        }
        return text + "]"
    }

    /// Decodes JSON text written by `json(_:)`.
    static func decode<T: Decodable>(_ type: T.Type, json text: String, entity: String, id: String) throws -> T {
        do {
            return try JSONCoding.decoder().decode(T.self, from: Data(text.utf8))
        } catch {
            throw StoreError.corruptRow(entity: entity, id: id, reason: "bad JSON in a \(T.self) column")
        }
    }

    /// A string list stored as JSON. Lists without escapes (what `jsonStringList` writes for
    /// ordinary tags) are split without a JSON parser; anything else goes through the decoder.
    static func stringList(_ text: String, entity: String, id: String) throws -> [String] {
        if text == "[]" { return [] }
        if let simple = simpleStringList(text) { return simple }
        return try decode([String].self, json: text, entity: entity, id: id)
    }

    /// `["a","b"]` with no backslash inside, split on `","`; nil for anything else.
    private static func simpleStringList(_ text: String) -> [String]? {
        let utf8 = text.utf8
        guard utf8.count >= 4, utf8.first == UInt8(ascii: "["), utf8.last == UInt8(ascii: "]"),
              !utf8.contains(UInt8(ascii: "\\"))
        else { return nil }
        let inner = text.dropFirst(2).dropLast(2)
        guard text.hasPrefix("[\""), text.hasSuffix("\"]") else { return nil }
        let items = inner.split(separator: "\",\"", omittingEmptySubsequences: false)
        // A quote left inside an item means the text was not a plain list of strings.
        guard items.allSatisfy({ !$0.utf8.contains(UInt8(ascii: "\"")) }) else { return nil }
        return items.map(String.init)
    }

    /// The enum case with raw value `raw`, or a corrupt-row error naming the column.
    static func enumValue<E: RawRepresentable>(
        _ type: E.Type, _ raw: String, entity: String, id: String
    ) throws -> E where E.RawValue == String {
        guard let value = E(rawValue: raw) else {
            throw StoreError.corruptRow(entity: entity, id: id, reason: "'\(raw)' is not a \(E.self)")
        }
        return value
    }

    /// Runs a validating domain constructor, turning its error into a corrupt-row error.
    static func rebuild<T>(_ entity: String, _ id: String, _ make: () throws(ValidationError) -> T) throws -> T {
        do {
            return try make()
        } catch {
            throw StoreError.corruptRow(entity: entity, id: id, reason: error.description)
        }
    }
}
