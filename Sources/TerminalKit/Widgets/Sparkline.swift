/// A compact chart of a series, one column per value using `▁▂▃▄▅▆▇█`. Taller areas stack full
/// blocks under a partial one. When there are more values than columns, the latest are shown.
public struct Sparkline: Widget, Hashable, Sendable {
    /// The series; negative and non-finite values are drawn as zero.
    public var values: [Double]
    /// The value drawn as a full-height column; defaults to the largest visible value.
    public var maximum: Double?
    /// Style of the bars.
    public var style: Style

    /// Eighth-blocks from one eighth to full.
    static let levels: [String] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// Creates a sparkline styled by `theme`.
    public init(values: [Double], maximum: Double? = nil, theme: Theme) {
        self.values = values
        self.maximum = maximum
        self.style = theme.chart
    }

    /// Draws the latest `area.width` values, bottom-aligned.
    public func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let shown = values.suffix(area.width).map { $0.isFinite ? max(0, $0) : 0 }
        let top = maximum.flatMap { $0.isFinite ? $0 : nil } ?? shown.max() ?? 0
        let steps = area.height * 8
        for (column, value) in shown.enumerated() {
            let scaled = top > 0 ? Int((min(value, top) / top * Double(steps)).rounded()) : 0
            let eighths = value > 0 ? max(1, scaled) : 0
            for row in 0..<area.height {
                let filled = eighths - row * 8
                guard filled > 0 else { break }
                let glyph = Self.levels[min(8, filled) - 1]
                buffer.write(glyph, x: area.x + column, y: area.bottom - 1 - row, style: style)
            }
        }
    }
}
