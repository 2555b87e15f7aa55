/// A virtualised table with a header row, a selected row, a scrollbar, column widths from
/// layout constraints and a sort indicator. Only the rows in view are requested from the source.
/// Cells are `[Span]`, so callers can style parts of a cell (e.g. matched substrings).
public struct Table<Source: TableDataSource>: Widget {
    /// The columns, left to right.
    public var columns: [TableColumn]
    /// Where the rows come from.
    public var source: Source
    /// Selection and scroll offset.
    public var state: ScrollState
    /// The sort indicator to show, if any.
    public var sort: TableSort?
    /// Blank columns between cells.
    public var columnSpacing: Int
    /// Style of the header row.
    public var headerStyle: Style
    /// Style of ordinary rows.
    public var style: Style
    /// Style laid over the selected row.
    public var selectionStyle: Style
    /// When false the selection is not drawn (for read-only lists).
    public var highlightsSelection = true
    /// Style of the scrollbar track.
    public var scrollbarTrackStyle: Style
    /// Style of the scrollbar thumb.
    public var scrollbarThumbStyle: Style
    /// Shown under the header when the source is empty.
    public var emptyMessage: String
    /// Style of the empty message.
    public var emptyStyle: Style
    /// An optional frame; the table is drawn inside it.
    public var block: Block?

    /// Creates a table styled by `theme`.
    public init(
        columns: [TableColumn], source: Source, state: ScrollState, sort: TableSort? = nil, theme: Theme,
        columnSpacing: Int = 1, emptyMessage: String = "Nothing to show", block: Block? = nil
    ) {
        self.columns = columns
        self.source = source
        self.state = state
        self.sort = sort
        self.columnSpacing = columnSpacing
        self.headerStyle = theme.header.underlined()
        self.style = theme.base
        self.selectionStyle = theme.selection
        self.scrollbarTrackStyle = theme.border
        self.scrollbarThumbStyle = theme.accent
        self.emptyMessage = emptyMessage
        self.emptyStyle = theme.muted
        self.block = block
    }

    /// The region inside the block (header plus rows).
    public func contentArea(in area: Rect) -> Rect {
        block?.inner(area) ?? area
    }

    /// Number of data rows visible in `area`; use it as `visibleRows` for `ScrollState` movements.
    public func visibleRowCount(in area: Rect) -> Int {
        max(0, contentArea(in: area).height - 1)
    }

    /// The rectangles of the columns (header included) for a table drawn in `area`.
    public func columnRects(in area: Rect) -> [Rect] {
        let content = contentArea(in: area)
        let scrollbarWidth = Scrollbar(total: source.count, offset: 0, visible: visibleRowCount(in: area), trackStyle: style, thumbStyle: style).isNeeded ? 1 : 0
        let usable = Rect(x: content.x, y: content.y, width: content.width - scrollbarWidth, height: content.height)
        return Layout.split(usable, direction: .horizontal, constraints: columns.map(\.width), spacing: columnSpacing)
    }

    /// The column under screen column `x` (e.g. to sort by a clicked header); nil between columns.
    public func columnIndex(atX x: Int, in area: Rect) -> Int? {
        columnRects(in: area).firstIndex { x >= $0.x && x < $0.right }
    }

    /// The index of the data row drawn at screen row `y`, for mouse selection; nil elsewhere.
    public func rowIndex(atY y: Int, in area: Rect) -> Int? {
        let content = contentArea(in: area)
        let rowsTop = content.y + 1
        guard y >= rowsTop, y < content.bottom else { return nil }
        let range = state.visibleRange(itemCount: source.count, visibleRows: visibleRowCount(in: area))
        let index = range.lowerBound + (y - rowsTop)
        return range.contains(index) ? index : nil
    }

    /// Draws the header, the visible rows, the selection and the scrollbar.
    public func render(in area: Rect, buffer: inout Buffer) {
        block?.render(in: area, buffer: &buffer)
        let content = contentArea(in: area)
        guard !content.isEmpty else { return }
        buffer.fill(content, style: style)
        let rects = columnRects(in: area)
        buffer.fill(Rect(x: content.x, y: content.y, width: content.width, height: 1), style: headerStyle)
        for (index, column) in columns.enumerated() where index < rects.count {
            var title = column.title
            if let sort, sort.column == index {
                title = title.truncated(toWidth: max(0, rects[index].width - 2)) + " " + sort.symbol
            }
            drawCell([Span(title)], in: rects[index], y: content.y, alignment: column.alignment, style: headerStyle, buffer: &buffer)
        }
        let visibleRows = visibleRowCount(in: area)
        guard visibleRows > 0 else { return }
        let count = source.count
        guard count > 0 else {
            buffer.write(emptyMessage, x: content.x, y: content.y + 1, style: emptyStyle, maxWidth: content.width)
            return
        }
        let visible = state.clamped(itemCount: count, visibleRows: visibleRows)
        let range = visible.visibleRange(itemCount: count, visibleRows: visibleRows)
        let scrollbar = Scrollbar(total: count, offset: visible.offset, visible: visibleRows, trackStyle: scrollbarTrackStyle, thumbStyle: scrollbarThumbStyle)
        let rowWidth = content.width - (scrollbar.isNeeded ? 1 : 0)
        for (offset, cells) in source.rows(in: range).enumerated() {
            let y = content.y + 1 + offset
            let index = range.lowerBound + offset
            let isSelected = highlightsSelection && index == visible.selected
            var rowStyle = style
            if let sourceStyle = source.rowStyle(at: index) { rowStyle = rowStyle.patched(with: sourceStyle) }
            if isSelected { rowStyle = rowStyle.patched(with: selectionStyle) }
            if rowStyle != style { buffer.fill(Rect(x: content.x, y: y, width: rowWidth, height: 1), style: rowStyle) }
            for (index, cell) in cells.enumerated() where index < rects.count && index < columns.count {
                drawCell(cell, in: rects[index], y: y, alignment: columns[index].alignment, style: rowStyle, buffer: &buffer)
            }
        }
        scrollbar.render(in: Rect(x: content.right - 1, y: content.y + 1, width: 1, height: visibleRows), buffer: &buffer)
    }

    private func drawCell(_ spans: [Span], in rect: Rect, y: Int, alignment: TextAlignment, style: Style, buffer: inout Buffer) {
        guard rect.width > 0 else { return }
        let shown = spans.truncated(toWidth: rect.width)
        let x = rect.x + alignment.offset(width: shown.displayWidth, available: rect.width)
        buffer.write(spans: shown, x: x, y: y, base: style, maxWidth: rect.right - x)
    }
}

extension Table: Sendable where Source: Sendable {}
