/// A horizontal progress bar for a percentage (0…100) with a label on it, and an optional
/// marker for a second value (e.g. the planned share against the actual one).
public struct Gauge: Widget, Hashable, Sendable {
    /// The filled percentage, clamped to 0…100.
    public var percent: Double
    /// Text centred on the bar; defaults to the rounded percentage (`64%`).
    public var label: String?
    /// A second percentage drawn as a `┃` tick, e.g. the plan.
    public var marker: Double?
    /// Style of the filled part.
    public var fillStyle: Style
    /// Style of the unfilled part (drawn as `░` so it shows without colour).
    public var trackStyle: Style
    /// Style of the label where it lies on the filled part.
    public var filledLabelStyle: Style
    /// Style of the label where it lies on the track.
    public var labelStyle: Style
    /// Style of the marker.
    public var markerStyle: Style

    /// Creates a gauge styled by `theme`.
    public init(percent: Double, label: String? = nil, marker: Double? = nil, theme: Theme) {
        self.percent = percent
        self.label = label
        self.marker = marker
        self.fillStyle = theme.gaugeFill
        self.trackStyle = theme.muted
        var onFill = theme.gaugeFill.bold()
        if onFill.background != .default { onFill.foreground = .black }
        self.filledLabelStyle = onFill
        self.labelStyle = theme.base.bold()
        self.markerStyle = theme.warning.bold()
    }

    /// Number of filled columns in a bar `width` columns wide.
    public func filledColumns(width: Int) -> Int {
        Int((Self.clamp(percent) / 100 * Double(width)).rounded())
    }

    /// Column (0-based, within the bar) of the marker, if any.
    public func markerColumn(width: Int) -> Int? {
        guard let marker, width > 0 else { return nil }
        return min(width - 1, Int((Self.clamp(marker) / 100 * Double(width)).rounded(.down)))
    }

    /// Draws the bar on the first row of `area`.
    public func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let filled = filledColumns(width: area.width)
        for column in 0..<area.width {
            let isFilled = column < filled
            buffer.write(isFilled ? " " : "░", x: area.x + column, y: area.y, style: isFilled ? fillStyle : trackStyle)
        }
        let text = (label ?? "\(Int(Self.clamp(percent).rounded()))%").truncated(toWidth: area.width)
        let start = TextAlignment.center.offset(width: text.displayWidth, available: area.width)
        var column = start
        for character in text {
            let style = column < filled ? filledLabelStyle : labelStyle
            column += buffer.write(String(character), x: area.x + column, y: area.y, style: style, maxWidth: area.width - column)
        }
        if let markerColumn = markerColumn(width: area.width), !(start..<column).contains(markerColumn) {
            let style = markerColumn < filled ? fillStyle.patched(with: markerStyle) : markerStyle
            buffer.write("┃", x: area.x + markerColumn, y: area.y, style: style)
        }
    }

    private static func clamp(_ value: Double) -> Double {
        value.isFinite ? min(100, max(0, value)) : 0
    }
}
