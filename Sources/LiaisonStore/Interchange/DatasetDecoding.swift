import Foundation
import LiaisonCore

/// Turns dataset bytes into a `Dataset`, and decoding or validation failures into
/// `ImportError`s that name the file, the line of malformed JSON or the coding path.
enum DatasetDecoding {
    /// Decodes `data` with `JSONCoding.decoder()`.
    static func decode(_ data: Data, file: String) throws(ImportError) -> Dataset {
        do {
            return try JSONCoding.decoder().decode(Dataset.self, from: data)
        } catch let error as DecodingError {
            throw importError(error, data: data, file: file)
        } catch let error as ValidationError {
            throw ImportError(file: file, field: error.field, reason: error.reason)
        } catch {
            throw ImportError(file: file, reason: String(describing: error))
        }
    }

    /// `insights[12] (UUID)` + `sentiment` → field `insights[12].sentiment`, reason with the id.
    static func importError(_ error: DatasetError, file: String) -> ImportError {
        var location = error.location
        var id: String?
        if let open = location.range(of: " ("), location.hasSuffix(")") {
            id = String(location[open.upperBound..<location.index(before: location.endIndex)])
            location = String(location[..<open.lowerBound])
        }
        let reason = error.error.reason + (id.map { " (\(error.error.entity) \($0))" } ?? "")
        return ImportError(file: file, field: "\(location).\(error.error.field)", reason: reason)
    }

    private static func importError(_ error: DecodingError, data: Data, file: String) -> ImportError {
        switch error {
        case .keyNotFound(let key, let context):
            return ImportError(file: file, field: path(context.codingPath + [key]), reason: "is missing")
        case .valueNotFound(_, let context), .typeMismatch(_, let context):
            return ImportError(file: file, field: path(context.codingPath), reason: context.debugDescription)
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return malformed(data, file: file) }
            return ImportError(file: file, field: path(context.codingPath), reason: context.debugDescription)
        @unknown default:
            return ImportError(file: file, reason: String(describing: error))
        }
    }

    /// `insights`, `[12]`, `sentiment` → `insights[12].sentiment`.
    static func path(_ keys: [any CodingKey]) -> String {
        var text = ""
        for key in keys {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text.isEmpty ? "(top level)" : text
    }

    /// Locates a JSON syntax error: JSONSerialization names the byte offset, which becomes a
    /// line and column.
    private static func malformed(_ data: Data, file: String) -> ImportError {
        let detail: String
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            detail = "not a JSON dataset"
        } catch {
            detail = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? "malformed"
        }
        if let range = detail.range(of: "around character "),
           let offset = Int(detail[range.upperBound...].prefix { $0.isNumber }), offset <= data.count {
            let before = data.prefix(offset)
            let line = before.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            let column = before.count - (before.lastIndex(of: 0x0A).map { $0 - before.startIndex + 1 } ?? 0) + 1
            return ImportError(file: file, line: line, reason: "malformed JSON at column \(column): \(detail)")
        }
        return ImportError(file: file, reason: "malformed JSON: \(detail)")
    }
}
