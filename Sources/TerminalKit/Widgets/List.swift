/// A virtualised, scrollable list with a selected row. It asks its data source only for the rows
/// in view. Scroll position and selection live in a separate `ScrollState`; the list renders
/// that state clamped so the selection is always visible.
public struct List<Source: ListDataSource>: Widget {
    /// Where the rows come from.
    public var source: Source
    /// Selection and scroll offset.
    public var state: ScrollState
    /// Style of ordinary rows.
    public var style: Style
    /// Style laid over the selected row.
    public var selectionStyle: Style
    /// When false the selection is not drawn (for read-only lists).
    public var highlightsSelection = true
    /// Drawn before the selected row (e.g. `"▸ "`); other rows get the same width of spaces.
    public var selectionSymbol: String
    /// Style of the scrollbar track.
    public var scrollbarTrackStyle: Style
    /// Style of the scrollbar thumb.
    public var scrollbarThumbStyle: Style
    /// Shown when the source is empty.
    public var emptyMessage: String
    /// Style of the empty message.
    public var emptyStyle: Style
    /// An optional frame; the rows are drawn inside it.
    public var block: Block?

    /// Creates a list styled by `theme`.
    public init(source: Source, state: ScrollState, theme: Theme, selectionSymbol: String = "", emptyMessage: String = "Nothing to show", block: Block? = nil) {
        self.source = source
        self.state = state
        self.style = theme.base
        self.selectionStyle = theme.selection
        self.selectionSymbol = selectionSymbol
        self.scrollbarTrackStyle = theme.border
        self.scrollbarThumbStyle = theme.accent
        self.emptyMessage = emptyMessage
        self.emptyStyle = theme.muted
        self.block = block
    }

    /// The region the rows occupy inside `area` (inside the block, if any).
    public func rowsArea(in area: Rect) -> Rect {
        block?.inner(area) ?? area
    }

    /// Number of rows visible in `area`; use it as `visibleRows` for `ScrollState` movements.
    public func visibleRowCount(in area: Rect) -> Int {
        rowsArea(in: area).height
    }

    /// The index of the row drawn at screen row `y`, for mouse selection; nil outside the rows.
    public func rowIndex(atY y: Int, in area: Rect) -> Int? {
        let rows = rowsArea(in: area)
        guard y >= rows.y, y < rows.bottom else { return nil }
        let range = state.visibleRange(itemCount: source.count, visibleRows: rows.height)
        let index = range.lowerBound + (y - rows.y)
        return range.contains(index) ? index : nil
    }

    /// Draws the visible rows, the selection and the scrollbar.
    public func render(in area: Rect, buffer: inout Buffer) {
        block?.render(in: area, buffer: &buffer)
        let rowsArea = rowsArea(in: area)
        guard !rowsArea.isEmpty else { return }
        buffer.fill(rowsArea, style: style)
        let count = source.count
        guard count > 0 else {
            buffer.write(emptyMessage, x: rowsArea.x, y: rowsArea.y, style: emptyStyle, maxWidth: rowsArea.width)
            return
        }
        let visible = state.clamped(itemCount: count, visibleRows: rowsArea.height)
        let range = visible.visibleRange(itemCount: count, visibleRows: rowsArea.height)
        let scrollbar = Scrollbar(total: count, offset: visible.offset, visible: rowsArea.height, trackStyle: scrollbarTrackStyle, thumbStyle: scrollbarThumbStyle)
        let textWidth = rowsArea.width - (scrollbar.isNeeded ? 1 : 0)
        let symbolWidth = selectionSymbol.displayWidth
        let blankSymbol = String(repeating: " ", count: symbolWidth)
        for (offset, spans) in source.rows(in: range).enumerated() {
            let index = range.lowerBound + offset
            let y = rowsArea.y + offset
            let isSelected = highlightsSelection && index == visible.selected
            var rowStyle = style
            if let sourceStyle = source.rowStyle(at: index) { rowStyle = rowStyle.patched(with: sourceStyle) }
            if isSelected { rowStyle = rowStyle.patched(with: selectionStyle) }
            if rowStyle != style { buffer.fill(Rect(x: rowsArea.x, y: y, width: textWidth, height: 1), style: rowStyle) }
            let used = buffer.write(isSelected ? selectionSymbol : blankSymbol, x: rowsArea.x, y: y, style: rowStyle, maxWidth: textWidth)
            let room = textWidth - used
            buffer.write(spans: spans.truncated(toWidth: room), x: rowsArea.x + used, y: y, base: rowStyle, maxWidth: room)
        }
        scrollbar.render(in: Rect(x: rowsArea.right - 1, y: rowsArea.y, width: 1, height: rowsArea.height), buffer: &buffer)
    }
}

extension List: Sendable where Source: Sendable {}
