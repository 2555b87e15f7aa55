/// A table of text aligned by display width, with a bold header and dim secondary columns.
struct TextTable {
    /// How a column's cells line up.
    enum Alignment {
        case left
        case right
    }

    /// One column: its title, alignment, whether it is secondary (dim) and its widest cell.
    struct Column {
        var title: String
        var alignment: Alignment = .left
        var isSecondary = false
        /// Cells wider than this are cut and end in "…".
        var maxWidth: Int?
    }

    var columns: [Column]
    var rows: [[String]] = []
    /// False for label/value tables that need no header line.
    var showsHeader = true

    /// Columns separated by two spaces.
    static let gap = "  "

    /// Adds a row; missing cells are empty.
    mutating func append(_ cells: [String]) {
        rows.append(cells)
    }

    /// The table as lines of text, each ending in a newline; no trailing spaces.
    func render(style: TerminalStyle) -> String {
        let cells = rows.map { row in
            columns.indices.map { index in
                let raw = index < row.count ? Self.singleLine(row[index]) : ""
                return columns[index].maxWidth.map { TextColumns.truncate(raw, to: $0) } ?? raw
            }
        }
        let widths = columns.indices.map { index in
            cells.reduce(showsHeader ? TextColumns.width(of: columns[index].title) : 0) { max($0, TextColumns.width(of: $1[index])) }
        }
        var output = showsHeader ? line(columns.map(\.title), widths: widths) { text, _ in style.bold(text) } : ""
        for row in cells {
            output += line(row, widths: widths) { text, index in
                columns[index].isSecondary ? style.dim(text) : text
            }
        }
        return output
    }

    private func line(_ texts: [String], widths: [Int], decorate: (String, Int) -> String) -> String {
        var parts: [String] = []
        for (index, text) in texts.enumerated() {
            let isLast = index == texts.count - 1
            let padded: String
            switch columns[index].alignment {
            case .left: padded = isLast ? text : TextColumns.padRight(text, to: widths[index])
            case .right: padded = TextColumns.padLeft(text, to: widths[index])
            }
            parts.append(decorate(padded, index))
        }
        var result = parts.joined(separator: Self.gap)
        while result.hasSuffix(" ") { result.removeLast() }
        return result + "\n"
    }

    /// Newlines and tabs become spaces so each row stays on one line.
    static func singleLine(_ text: String) -> String {
        guard text.contains(where: { $0.isNewline || $0 == "\t" }) else { return text }
        return text.split(whereSeparator: { $0.isNewline || $0 == "\t" }).joined(separator: " ")
    }
}
