/// A fuzzy picker: a query field over a long list of items, filtered and ranked by
/// `FuzzyMatcher` as the user types, with the matched characters highlighted. Only the visible
/// matches are drawn, so lists of many thousands of items stay cheap.
///
/// Keys: typing and the `TextField` editing keys edit the query; ↑/↓, Ctrl-P/Ctrl-N, PgUp/PgDn
/// move the selection; Enter picks; Esc cancels.
public struct Picker: Widget, Sendable {
    /// What the user did.
    public enum Outcome: Hashable, Sendable {
        /// An item was chosen; the index is into `items`.
        case picked(Int)
        /// The picker was dismissed.
        case cancelled
    }

    /// All items, in their original order.
    public let items: [String]
    /// The query being typed.
    public private(set) var query: TextField
    /// Matches for the current query, best first (all items, in order, for an empty query).
    public private(set) var matches: [FuzzyHit]
    /// Selection within `matches`.
    public private(set) var scroll = ScrollState()
    /// Rows moved by PgUp/PgDn; set it to the list height the picker is drawn with.
    public var pageSize = 10
    /// Frame title.
    public var title: String
    /// Styles of the picker.
    public var theme: Theme
    private let matcher = FuzzyMatcher()
    /// The query `matches` were computed for ("" when showing every item).
    private var filteredQuery = ""

    /// Creates a picker over `items` with an empty query.
    public init(title: String, items: [String], theme: Theme) {
        self.title = title
        self.items = items
        self.theme = theme
        self.query = TextField(placeholder: "type to filter", isFocused: true, theme: theme)
        self.matches = items.indices.map { FuzzyHit(index: $0, match: FuzzyMatch(score: 0, indices: [])) }
    }

    /// The item index under the selection, if any match is selected.
    public var selectedItem: Int? {
        scroll.selected.flatMap { $0 < matches.count ? matches[$0].index : nil }
    }

    /// Replaces the query and refilters.
    public mutating func setQuery(_ text: String) {
        query.text = text
        refilter()
    }

    /// Applies a key; returns the outcome when the picker is finished, nil while it stays open.
    @discardableResult
    public mutating func handle(_ key: Key) -> Outcome? {
        switch key {
        case .enter:
            return selectedItem.map { .picked($0) }
        case .escape:
            return .cancelled
        case .up, .ctrl("p"): move(.up(1))
        case .down, .ctrl("n"): move(.down(1))
        case .pageUp: move(.pageUp)
        case .pageDown: move(.pageDown)
        default:
            let before = query.text
            query.handle(key)
            if query.text != before { refilter() }
        }
        return nil
    }

    /// Inserts pasted text into the query and refilters.
    public mutating func insert(paste: String) {
        query.insert(paste: paste)
        refilter()
    }

    /// Draws the frame, the query row with a match count, and the ranked matches.
    public func render(in area: Rect, buffer: inout Buffer) {
        let block = Block(title: title, borders: .rounded, borderStyle: theme.accent, titleStyle: theme.title, fillStyle: theme.base)
        block.render(in: area, buffer: &buffer)
        let inner = block.inner(area)
        guard inner.height >= 1, inner.width >= 4 else { return }
        let count = "\(matches.count)/\(items.count)"
        let countWidth = count.displayWidth + 1 < inner.width / 2 ? count.displayWidth + 1 : 0
        buffer.write("> ", x: inner.x, y: inner.y, style: theme.accent)
        var field = query
        field.style = theme.base
        field.focusedStyle = theme.base
        field.placeholderStyle = theme.muted
        field.render(in: Rect(x: inner.x + 2, y: inner.y, width: inner.width - 2 - countWidth, height: 1), buffer: &buffer)
        if countWidth > 0 {
            buffer.write(count, x: inner.right - count.displayWidth, y: inner.y, style: theme.muted)
        }
        let listArea = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
        let rows = PickerRows(items: items, matches: matches, highlight: theme.highlight)
        List(source: rows, state: scroll, theme: theme, selectionSymbol: "▸ ", emptyMessage: "No matches").render(in: listArea, buffer: &buffer)
    }

    private mutating func move(_ movement: ScrollMovement) {
        scroll.move(movement, itemCount: matches.count, visibleRows: max(1, pageSize))
    }

    /// Refilters for the current query. When the query only grew, the previous matches are the
    /// only candidates (a longer query never matches more), which keeps typing cheap on long lists.
    private mutating func refilter() {
        let text = query.text
        if text.allSatisfy(\.isWhitespace) {
            matches = items.indices.map { FuzzyHit(index: $0, match: FuzzyMatch(score: 0, indices: [])) }
            filteredQuery = ""
        } else {
            let narrows = !filteredQuery.isEmpty && text.hasPrefix(filteredQuery)
            let pool = narrows ? matches.map(\.index).sorted() : Array(items.indices)
            let hits = matcher.filter(text, candidates: pool.map { items[$0] })
            matches = hits.map { FuzzyHit(index: pool[$0.index], match: $0.match) }
            filteredQuery = text
        }
        scroll = ScrollState().clamped(itemCount: matches.count, visibleRows: max(1, pageSize))
    }
}

/// The picker's matches as a list source: each row is the item with its matched characters
/// highlighted.
struct PickerRows: ListDataSource {
    let items: [String]
    let matches: [FuzzyHit]
    let highlight: Style

    var count: Int { matches.count }

    func row(at index: Int) -> [Span] {
        let hit = matches[index]
        return Span.highlighting(items[hit.index], at: hit.match.indices, highlight: highlight)
    }
}
