import Foundation
import LiaisonCore
import LiaisonStore

/// Prints a listing in the chosen format: an aligned table, JSON of the LiaisonCore values,
/// or CSV with a header.
enum ListingPrinter {
    /// Writes `items` to stdout; `table` and `csvRows` are only built for their format.
    static func print<Item: Encodable>(
        _ items: [Item], format: OutputFormat,
        table: () -> TextTable,
        csvHeader: [String], csvRows: () -> [[String]]
    ) throws {
        switch format {
        case .json:
            Console.out(try json(items))
        case .table:
            Console.out(table().render(style: .forStandardOutput()))
        case .csv:
            Console.out(try csv(header: csvHeader, rows: csvRows()))
        }
    }

    /// `value` as `JSONCoding` encodes it, with a final newline.
    static func json<Value: Encodable>(_ value: Value) throws -> String {
        String(decoding: try JSONCoding.encoder().encode(value), as: UTF8.self) + "\n"
    }

    /// RFC 4180 CSV of a header and rows.
    static func csv(header: [String], rows: [[String]]) throws -> String {
        let writer = CSVWriter()
        try writer.write(header)
        for row in rows { try writer.write(row) }
        return String(decoding: writer.data, as: UTF8.self)
    }

    /// A date as `2027-03-01` (UTC).
    static func day(_ date: Date?) -> String {
        guard let date else { return "" }
        return String(ISODate.format(date).prefix(10))
    }

    /// A sentiment as `-2`, `0` or `+1`.
    static func sentiment(_ value: Int) -> String {
        value > 0 ? "+\(value)" : "\(value)"
    }
}
