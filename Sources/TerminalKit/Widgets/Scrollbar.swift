/// A vertical scrollbar: a track with a thumb whose size and position show which part of
/// `total` rows is visible. Draws nothing when everything fits.
public struct Scrollbar: Widget, Hashable, Sendable {
    /// Number of rows in the content.
    public var total: Int
    /// Index of the first visible row.
    public var offset: Int
    /// Number of visible rows.
    public var visible: Int
    /// Style of the track.
    public var trackStyle: Style
    /// Style of the thumb.
    public var thumbStyle: Style

    /// Creates a scrollbar.
    public init(total: Int, offset: Int, visible: Int, trackStyle: Style, thumbStyle: Style) {
        self.total = total
        self.offset = offset
        self.visible = visible
        self.trackStyle = trackStyle
        self.thumbStyle = thumbStyle
    }

    /// Whether the content is taller than the view, i.e. whether a bar is drawn.
    public var isNeeded: Bool { total > visible && visible > 0 }

    /// The thumb as rows relative to the top of a track `height` rows tall.
    public func thumb(height: Int) -> Range<Int> {
        guard isNeeded, height > 0 else { return 0..<height }
        let size = min(height, max(1, height * visible / total))
        let travel = height - size
        let maxOffset = total - visible
        let clampedOffset = min(max(0, offset), maxOffset)
        let start = maxOffset == 0 ? 0 : (clampedOffset * travel + maxOffset / 2) / maxOffset
        return start..<(start + size)
    }

    /// Draws the track and thumb in the first column of `area`.
    public func render(in area: Rect, buffer: inout Buffer) {
        guard isNeeded, !area.isEmpty else { return }
        let thumb = thumb(height: area.height)
        for row in 0..<area.height {
            if thumb.contains(row) {
                buffer.write("█", x: area.x, y: area.y + row, style: thumbStyle)
            } else {
                buffer.write("│", x: area.x, y: area.y + row, style: trackStyle)
            }
        }
    }
}
