import TerminalKit

/// The picker of one choice field of a form (the log-insight and log-touchpoint forms): a
/// query over the field's options, filtered as the user types (narrowing the previous matches
/// while the query only grows), ↑/↓ to move, Enter to pick, Esc to close.
struct ChoicePicker<Field: Sendable>: Sendable {
    /// What the user did.
    enum Outcome: Equatable {
        /// Option index chosen.
        case picked(Int)
        case cancelled
    }

    /// The field being filled in.
    let field: Field
    /// The frame's title.
    let title: String
    let index: PickerIndex
    private(set) var query: TextField
    private(set) var matches: [Int]
    private(set) var scroll = ScrollState()
    /// Rows moved by PgUp/PgDn.
    var pageSize = 8

    /// Opens over `index` with `query` already typed.
    init(field: Field, title: String, index: PickerIndex, query: String = "") {
        self.field = field
        self.title = title
        self.index = index
        self.query = TextField(text: query, placeholder: "type to filter", isFocused: true)
        matches = index.filter(query)
    }

    /// The option under the selection.
    var selectedOption: Int? {
        scroll.selected.flatMap { $0 < matches.count ? matches[$0] : nil }
    }

    /// Applies a key; returns the outcome when finished, nil while open.
    mutating func handle(_ key: Key) -> Outcome? {
        switch key {
        case .enter: return selectedOption.map { .picked($0) }
        case .escape: return .cancelled
        case .up, .ctrl("p"): move(.up(1))
        case .down, .ctrl("n"): move(.down(1))
        case .pageUp: move(.pageUp)
        case .pageDown: move(.pageDown)
        default:
            let before = query.text
            query.handle(key)
            refilter(from: before)
        }
        return nil
    }

    /// Inserts pasted text into the query.
    mutating func insert(paste: String) {
        let before = query.text
        query.insert(paste: paste)
        refilter(from: before)
    }

    /// Draws the frame, the query row with the match count and the visible matches.
    func render(in area: Rect, buffer: inout Buffer, theme: Theme) {
        let block = Block(title: title, borders: .rounded, borderStyle: theme.accent, titleStyle: theme.title, fillStyle: theme.base)
        block.render(in: area, buffer: &buffer)
        let inner = block.inner(area)
        guard inner.height >= 2, inner.width >= 8 else { return }
        let count = "\(matches.count)/\(index.count)"
        buffer.write("> ", x: inner.x, y: inner.y, style: theme.accent)
        var field = query
        field.style = theme.base
        field.focusedStyle = theme.base
        field.placeholderStyle = theme.muted
        field.render(in: Rect(x: inner.x + 2, y: inner.y, width: max(1, inner.width - 3 - count.displayWidth), height: 1), buffer: &buffer)
        buffer.write(count, x: inner.right - count.displayWidth, y: inner.y, style: theme.muted)
        let rows = ChoicePickerRows(index: index, matches: matches, query: query.text, highlight: theme.highlight)
        List(source: rows, state: scroll, theme: theme, selectionSymbol: "▸ ", emptyMessage: "No matches — Esc to close")
            .render(in: Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1), buffer: &buffer)
    }

    private mutating func move(_ movement: ScrollMovement) {
        scroll.move(movement, itemCount: matches.count, visibleRows: max(1, pageSize))
    }

    private mutating func refilter(from before: String) {
        let now = query.text
        guard now != before else { return }
        let narrows = !before.allSatisfy(\.isWhitespace) && now.hasPrefix(before)
        // A typed space changes neither the matches nor their scores, only the cheap ranking
        // above the scoring limit.
        let sameLetters = now.filter { !$0.isWhitespace } == before.filter { !$0.isWhitespace }
        if !(narrows && sameLetters && matches.count <= PickerIndex.scoringLimit) {
            matches = index.filter(now, within: narrows ? matches : nil)
        }
        scroll = ScrollState().clamped(itemCount: matches.count, visibleRows: max(1, pageSize))
    }
}

extension ChoicePicker where Field == LogInsightField {
    /// Opens the picker of a log-insight field, titled by the field.
    init(field: LogInsightField, index: PickerIndex, query: String = "") {
        self.init(field: field, title: field.pickerTitle, index: index, query: query)
    }
}

/// The visible matches with the matched characters highlighted (computed only for drawn rows).
private struct ChoicePickerRows: ListDataSource {
    let index: PickerIndex
    let matches: [Int]
    let query: String
    let highlight: Style

    var count: Int { matches.count }

    func row(at position: Int) -> [Span] {
        let option = matches[position]
        return Span.highlighting(index.label(option), at: index.highlights(query, at: option), highlight: highlight)
    }
}
