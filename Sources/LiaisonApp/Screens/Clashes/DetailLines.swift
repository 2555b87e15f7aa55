import TerminalKit

/// A detail page built as rows of spans, wrapped to a fixed width, so a screen can scroll it
/// and know which row each selectable item landed on (the Clashes and Decisions details).
struct DetailLines {
    /// The width rows are wrapped to.
    let width: Int
    /// The rows, top to bottom.
    private(set) var rows: [[Span]] = []
    /// Row index of each selectable item, in the order they were added.
    private(set) var itemRows: [Int] = []

    /// An empty page `width` columns wide.
    init(width: Int) {
        self.width = max(1, width)
    }

    /// Appends a blank row unless the page is empty or already ends with one.
    mutating func gap() {
        guard let last = rows.last, !last.isEmpty else { return }
        rows.append([])
    }

    /// A section title such as `── Evidence ──`.
    mutating func heading(_ title: String, style: Style) {
        gap()
        let rule = String(repeating: "─", count: max(0, width - title.displayWidth - 4))
        rows.append([Span("── " + title + " ", style: style), Span(rule, style: style)])
    }

    /// One row as given (clipped when drawn).
    mutating func row(_ spans: [Span]) {
        rows.append(spans)
    }

    /// `text` wrapped to the page width, every row prefixed by `indent` spaces.
    mutating func wrapped(_ text: String, style: Style = .plain, indent: Int = 0) {
        for line in Self.wrap(text, width: width - indent) {
            rows.append([Span(String(repeating: " ", count: indent) + line, style: style)])
        }
    }

    /// A label column then a value wrapped in the remaining width (`Outcome   Keep …`).
    mutating func field(_ label: String, _ value: String, labelWidth: Int = 14, labelStyle: Style, valueStyle: Style = .plain) {
        let lines = Self.wrap(value.isEmpty ? "—" : value, width: width - labelWidth)
        for (index, line) in lines.enumerated() {
            let prefix = index == 0 ? label.padded(toWidth: labelWidth) : String(repeating: " ", count: labelWidth)
            rows.append([Span(prefix, style: labelStyle), Span(line, style: valueStyle)])
        }
    }

    /// A selectable row; `selected` draws it with `selectionStyle` across the page.
    mutating func item(_ spans: [Span], selected: Bool, selectionStyle: Style) {
        itemRows.append(rows.count)
        if selected {
            let text = spans.plainText.truncated(toWidth: width)
            rows.append([Span(text.padded(toWidth: width), style: selectionStyle)])
        } else {
            rows.append(spans)
        }
    }

    /// Two texts side by side in columns of equal width, each under its own title.
    mutating func sideBySide(
        _ left: (title: String, text: String), _ right: (title: String, text: String), titleStyle: Style, style: Style
    ) {
        let column = max(1, (width - 3) / 2)
        let leftLines = Self.wrap(left.text, width: column)
        let rightLines = Self.wrap(right.text, width: column)
        rows.append([Span(left.title.padded(toWidth: column), style: titleStyle), Span(" │ ", style: style),
                     Span(right.title, style: titleStyle)])
        for index in 0..<max(leftLines.count, rightLines.count) {
            let l = index < leftLines.count ? leftLines[index] : ""
            let r = index < rightLines.count ? rightLines[index] : ""
            rows.append([Span(l.padded(toWidth: column), style: style), Span(" │ ", style: style), Span(r, style: style)])
        }
    }

    /// The first row to draw so that row `focus` is visible in `height` rows, starting from `offset`.
    static func scrollOffset(_ offset: Int, keeping focus: Int?, height: Int, total: Int) -> Int {
        var top = min(max(0, offset), max(0, total - height))
        if let focus {
            if focus < top { top = max(0, focus - 1) }
            if focus >= top + height { top = focus - height + 2 }
        }
        return min(max(0, top), max(0, total - height))
    }

    /// Draws rows `offset…` into `area`.
    func render(in area: Rect, offset: Int, base: Style, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        for (index, spans) in rows.dropFirst(offset).prefix(area.height).enumerated() {
            buffer.write(spans: spans, x: area.x, y: area.y + index, base: base, maxWidth: area.width)
        }
    }

    /// `text` word-wrapped to `width` columns; explicit newlines start new rows.
    static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let characters = Array(paragraph)
            for range in TextWrapper.rows(of: characters, width: width) {
                var line = String(characters[range])
                while line.last == " " { line.removeLast() }
                result.append(line)
            }
        }
        return result
    }
}
