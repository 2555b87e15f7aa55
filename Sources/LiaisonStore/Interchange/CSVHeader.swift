/// The columns of a CSV file with a header row: which column holds each named field.
/// Names match case-insensitively and ignoring surrounding spaces; order is free; unknown
/// columns (such as the `reason` column of a rejects file) are ignored.
struct CSVHeader {
    /// The header as written in the file.
    let names: [String]
    private let positions: [String: Int]

    /// Maps `record` (the header row) onto the expected columns; a missing required column or
    /// a repeated known column is an error naming it.
    init(_ record: CSVRecord, required: [String], optional: [String], file: String) throws(ImportError) {
        names = record.fields
        var positions: [String: Int] = [:]
        let known = Dictionary((required + optional).map { ($0.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        for (index, raw) in record.fields.enumerated() {
            guard let name = known[raw.trimmingCharacters(in: .whitespaces).lowercased()] else { continue }
            if positions[name] != nil {
                throw ImportError(file: file, line: record.line, field: name, reason: "the column appears twice in the header")
            }
            positions[name] = index
        }
        let missing = required.filter { positions[$0] == nil }
        if !missing.isEmpty {
            throw ImportError(
                file: file, line: record.line, field: missing[0],
                reason: "missing column\(missing.count > 1 ? "s " + missing.joined(separator: ", ") : "")"
                    + " (the header must name \(required.joined(separator: ",")))")
        }
        self.positions = positions
    }

    /// The index of the column named `name`, if the file has it.
    func position(of name: String) -> Int? { positions[name] }
}
