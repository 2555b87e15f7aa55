import Foundation

/// One data row of a CSV file with a header, read field by field with typed accessors that
/// throw a `CSVFieldProblem` naming the column.
struct CSVRow {
    let record: CSVRecord
    let header: CSVHeader

    /// The trimmed value of `column`; empty when the file has no such column.
    func value(_ column: String) -> String {
        guard let index = header.position(of: column) else { return "" }
        return Self.trimmed(record.fields[index])
    }

    /// The value of `column` exactly as written (for free text).
    func rawValue(_ column: String) -> String {
        guard let index = header.position(of: column) else { return "" }
        return record.fields[index]
    }

    /// The trimmed value of `column`, nil when empty or absent.
    func optional(_ column: String) -> String? {
        let text = value(column)
        return text.isEmpty ? nil : text
    }

    /// A non-empty value of `column`.
    func required(_ column: String) throws(CSVFieldProblem) -> String {
        guard let text = optional(column) else { throw CSVFieldProblem(field: column, reason: "must not be empty") }
        return text
    }

    /// An id of the form `prefix:name`.
    func id(_ column: String, prefix: String) throws(CSVFieldProblem) -> String {
        guard let id = try optionalID(column, prefix: prefix) else {
            throw CSVFieldProblem(field: column, reason: "must not be empty (an id like \(prefix):name)")
        }
        return id
    }

    /// An id of the form `prefix:name`, nil when empty.
    func optionalID(_ column: String, prefix: String) throws(CSVFieldProblem) -> String? {
        guard let text = optional(column) else { return nil }
        guard text.hasPrefix(prefix + ":"), text.utf8.count > prefix.utf8.count + 1 else {
            throw CSVFieldProblem(field: column, reason: "'\(text)' is not an id of the form \(prefix):name")
        }
        return text
    }

    /// An ISO 8601 date or date-time.
    func date(_ column: String) throws(CSVFieldProblem) -> Date {
        let text = try required(column)
        guard let date = ISODate.parse(text) else {
            throw CSVFieldProblem(
                field: column,
                reason: "'\(text)' is not an ISO 8601 date (YYYY-MM-DD) or date-time (YYYY-MM-DDThh:mm[:ss][Z|±hh:mm])")
        }
        return date
    }

    /// An optional ISO 8601 date or date-time.
    func optionalDate(_ column: String) throws(CSVFieldProblem) -> Date? {
        optional(column) == nil ? nil : try date(column)
    }

    /// A whole number within `range`.
    func integer(_ column: String, in range: ClosedRange<Int>) throws(CSVFieldProblem) -> Int {
        let text = try required(column)
        let minusSign = text.hasPrefix("−")
        guard let magnitude = Int(minusSign ? text.dropFirst() : Substring(text)), !(minusSign && magnitude < 0) else {
            throw CSVFieldProblem(field: column, reason: "'\(text)' is not a whole number")
        }
        let number = minusSign ? -magnitude : magnitude
        guard range.contains(number) else {
            let bounds = [range.lowerBound, range.upperBound].map { $0 < 0 ? "−\(-$0)" : "\($0)" }
            throw CSVFieldProblem(field: column, reason: "\(number) is outside \(bounds[0])…\(bounds[1])")
        }
        return number
    }

    /// One of the raw values of `Choice`.
    func choice<Choice: RawRepresentable & CaseIterable>(_ column: String, _: Choice.Type) throws(CSVFieldProblem) -> Choice
    where Choice.RawValue == String {
        let text = try required(column)
        if let match = Choice(rawValue: text) { return match }
        if let match = Choice.allCases.first(where: { $0.rawValue.caseInsensitiveCompare(text) == .orderedSame }) { return match }
        throw CSVFieldProblem(
            field: column,
            reason: "'\(text)' is not one of \(Choice.allCases.map(\.rawValue).joined(separator: ", "))")
    }

    /// A UUID, nil when empty.
    func uuid(_ column: String) throws(CSVFieldProblem) -> UUID? {
        guard let text = optional(column) else { return nil }
        guard let id = CanonicalUUID.parse(text) else { throw CSVFieldProblem(field: column, reason: "'\(text)' is not a UUID") }
        return id
    }

    /// `text` without surrounding spaces and tabs; no copy when there are none.
    static func trimmed(_ text: String) -> String {
        let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
        guard let first = text.utf8.first, let last = text.utf8.last, isBlank(first) || isBlank(last) else { return text }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// A list written as `a;b;c` (items trimmed, empty items dropped).
    func list(_ column: String) -> [String] {
        let text = value(column)
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            // Graphemes and Unicode spaces: split and trim by characters.
            return text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        return text.utf8.split(separator: UInt8(ascii: ";")).compactMap { item in
            let trimmed = Self.trimmed(String(Substring(item)))
            return trimmed.isEmpty ? nil : trimmed
        }
    }
}
