import Foundation
import GRDB

/// A listing paged by keyset: `WHERE (k1, k2) < (?, ?) ORDER BY k1 DESC, k2 DESC LIMIT n`
/// (or ascending), never an OFFSET and never the whole table.
struct KeysetQuery {
    /// Names the listing so a cursor from another listing is refused.
    var listing: String
    /// The select list the decoder reads; the key columns are appended after it.
    var columns: String
    /// The FROM clause, e.g. `insights i`.
    var from: String
    var conditions: [String] = []
    var arguments: [(any DatabaseValueConvertible)?] = []
    /// The sort key, most significant first; together they must be unique.
    var keyColumns: [String]
    var descending: Bool

    /// Adds `condition` with its arguments.
    mutating func filter(_ condition: String, _ values: (any DatabaseValueConvertible)?...) {
        conditions.append(condition)
        arguments.append(contentsOf: values)
    }

    /// The page after `cursor` (from the start when nil).
    func page<Item>(_ db: Database, after cursor: PageCursor?, limit: Int, decode: (Row) throws -> Item) throws -> Page<Item> {
        try page(rows: fetch(db, from: cursor, forward: true, limit: limit), after: cursor, limit: limit, decode: decode)
    }

    /// The page after `cursor` made of `rows`: what `fetch(_:from:forward:limit:)` returned
    /// going forward (up to `limit` + 1 rows, in listing order).
    func page<Item>(rows: [Row], after cursor: PageCursor?, limit: Int, decode: (Row) throws -> Item) throws -> Page<Item> {
        let more = rows.count > limit
        let kept = Array(rows.prefix(limit))
        let items = try kept.map(decode)
        return Page(
            items: items,
            next: more ? kept.last.map(cursor(for:)) : nil,
            previous: cursor == nil ? nil : kept.first.map(cursor(for:)))
    }

    /// The page that ends just before `cursor` (the last page of the listing when nil), in
    /// listing order.
    func page<Item>(_ db: Database, before cursor: PageCursor?, limit: Int, decode: (Row) throws -> Item) throws -> Page<Item> {
        try page(rows: fetch(db, from: cursor, forward: false, limit: limit), before: cursor, limit: limit, decode: decode)
    }

    /// The page ending before `cursor` (at the end of the listing when nil) made of `rows`:
    /// what `fetch(_:from:forward:limit:)` returned going backward (up to `limit` + 1 rows,
    /// in reverse listing order).
    func page<Item>(rows: [Row], before cursor: PageCursor?, limit: Int, decode: (Row) throws -> Item) throws -> Page<Item> {
        let more = rows.count > limit
        let kept = Array(rows.prefix(limit).reversed())
        let items = try kept.map(decode)
        return Page(
            items: items,
            next: cursor == nil ? nil : kept.last.map(cursor(for:)),
            previous: more ? kept.first.map(cursor(for:)) : nil)
    }

    /// Every row, in listing order, fed to `body` one at a time (nothing is held in memory).
    func forEach(_ db: Database, _ body: (Row) throws -> Void) throws {
        let order = keyColumns.map { $0 + (descending ? " DESC" : " ASC") }.joined(separator: ", ")
        let cursor = try Row.fetchCursor(
            db, sql: "SELECT \(columns) FROM \(from) \(whereClause(conditions)) ORDER BY \(order)",
            arguments: StatementArguments(arguments))
        while let row = try cursor.next() { try body(row) }
    }

    /// The number of rows the listing holds.
    func count(_ db: Database) throws -> Int {
        try Int.fetchOne(
            db, sql: "SELECT COUNT(*) FROM \(from) \(whereClause(conditions))",
            arguments: StatementArguments(arguments)) ?? 0
    }

    /// Up to `limit` + 1 rows (the select list, then the key columns) past `cursor` in the
    /// direction of travel: listing order going forward, reverse listing order going back.
    func fetch(_ db: Database, from cursor: PageCursor?, forward: Bool, limit: Int) throws -> [Row] {
        var (conditions, arguments) = try conditions(past: cursor, forward: forward)
        let keys = keyColumns.joined(separator: ", ")
        let sql = "SELECT \(columns), \(keys) FROM \(from) \(whereClause(conditions)) ORDER BY \(order(forward: forward)) LIMIT ?"
        arguments.append(max(limit, 0) + 1)
        return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments))
    }

    /// The sort key of the row `offset` rows past `cursor` in the direction of travel (0 is
    /// the first row past it), nil when fewer rows follow. Reads the key columns only.
    func key(_ db: Database, past cursor: PageCursor?, forward: Bool, offset: Int) throws -> [DatabaseValue]? {
        var (conditions, arguments) = try conditions(past: cursor, forward: forward)
        let sql = """
            SELECT \(keyColumns.joined(separator: ", ")) FROM \(from) \(whereClause(conditions)) \
            ORDER BY \(order(forward: forward)) LIMIT 1 OFFSET ?
            """
        arguments.append(max(offset, 0))
        return try Row.fetchOne(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
            (0..<keyColumns.count).map { row[$0] }
        }
    }

    /// Keeps only rows no further than `key` in the direction of travel (`key` included).
    mutating func stop(at key: [DatabaseValue], forward: Bool) {
        let marks = Array(repeating: "?", count: keyColumns.count).joined(separator: ", ")
        let downward = descending == forward
        conditions.append("(\(keyColumns.joined(separator: ", "))) \(downward ? ">=" : "<=") (\(marks))")
        arguments.append(contentsOf: key)
    }

    private func conditions(past cursor: PageCursor?, forward: Bool) throws -> ([String], [(any DatabaseValueConvertible)?]) {
        var conditions = conditions
        var arguments = arguments
        if let cursor {
            guard cursor.listing == listing, cursor.keys.count == keyColumns.count else {
                throw StoreError.invalidCursor
            }
            let smaller = descending == forward
            let marks = Array(repeating: "?", count: keyColumns.count).joined(separator: ", ")
            conditions.append("(\(keyColumns.joined(separator: ", "))) \(smaller ? "<" : ">") (\(marks))")
            for key in cursor.keys {
                switch key {
                case .integer(let value): arguments.append(value)
                case .text(let value): arguments.append(value)
                }
            }
        }
        return (conditions, arguments)
    }

    private func order(forward: Bool) -> String {
        let downward = descending == forward
        return keyColumns.map { $0 + (downward ? " DESC" : " ASC") }.joined(separator: ", ")
    }

    private func whereClause(_ conditions: [String]) -> String {
        conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
    }

    private func cursor(for row: Row) -> PageCursor {
        let first = row.count - keyColumns.count
        let keys: [PageCursor.Key] = (0..<keyColumns.count).map { offset in
            let value = row[first + offset] as DatabaseValue
            if case .int64(let number) = value.storage { return .integer(number) }
            return .text(String.fromDatabaseValue(value) ?? "")
        }
        return PageCursor(listing: listing, keys: keys)
    }
}
