/// One bar of a `BarChart`.
public struct Bar: Hashable, Sendable {
    /// Label left of the bar.
    public var label: String
    /// The value; negative and non-finite values are drawn as zero.
    public var value: Double
    /// Text right of the bar; defaults to the value.
    public var valueText: String?
    /// Style of this bar, overriding the chart's.
    public var style: Style?

    /// Creates a bar.
    public init(_ label: String, value: Double, valueText: String? = nil, style: Style? = nil) {
        self.label = label
        self.value = value
        self.valueText = valueText
        self.style = style
    }
}

/// Labelled horizontal bars, one per row: `Label  ██████▌ 12`. Bars are scaled to the largest
/// value (or `maximum`) with eighth-block precision.
public struct BarChart: Widget, Hashable, Sendable {
    /// The bars, top to bottom.
    public var bars: [Bar]
    /// The value drawn as a full-width bar; defaults to the largest value.
    public var maximum: Double?
    /// Widest label column; longer labels are truncated with `…`.
    public var maxLabelWidth: Int
    /// Style of the labels.
    public var labelStyle: Style
    /// Default style of the bars.
    public var barStyle: Style
    /// Style of the value text.
    public var valueStyle: Style

    /// Partial blocks from one eighth to seven eighths.
    static let partials: [String] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// Creates a chart styled by `theme`.
    public init(bars: [Bar], maximum: Double? = nil, maxLabelWidth: Int = 20, theme: Theme) {
        self.bars = bars
        self.maximum = maximum
        self.maxLabelWidth = maxLabelWidth
        self.labelStyle = theme.base
        self.barStyle = theme.chart
        self.valueStyle = theme.muted
    }

    /// Draws as many bars as there are rows.
    public func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty, !bars.isEmpty else { return }
        let labelWidth = min(maxLabelWidth, bars.map(\.label.displayWidth).max() ?? 0, area.width / 3)
        let texts = bars.map { $0.valueText ?? Self.format($0.value) }
        let valueWidth = texts.map(\.displayWidth).max() ?? 0
        let barWidth = max(0, area.width - labelWidth - valueWidth - 2)
        let values = bars.map { $0.value.isFinite ? max(0, $0.value) : 0 }
        let top = maximum.flatMap { $0.isFinite ? $0 : nil } ?? values.max() ?? 0
        for (row, bar) in bars.prefix(area.height).enumerated() {
            let y = area.y + row
            buffer.write(bar.label.padded(toWidth: labelWidth), x: area.x, y: y, style: labelStyle)
            let barX = area.x + labelWidth + 1
            let eighths = top > 0 ? Int((min(values[row], top) / top * Double(barWidth * 8)).rounded()) : 0
            let full = eighths / 8
            var drawn = String(repeating: "█", count: full)
            if eighths % 8 > 0 { drawn += Self.partials[eighths % 8 - 1] }
            let used = buffer.write(drawn, x: barX, y: y, style: bar.style ?? barStyle, maxWidth: barWidth)
            buffer.write(texts[row], x: barX + used + 1, y: y, style: valueStyle, maxWidth: area.right - barX - used - 1)
        }
    }

    /// Whole numbers without a decimal point, others with one decimal.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String((value * 10).rounded() / 10)
    }
}
