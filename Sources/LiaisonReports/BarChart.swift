/// Vertical bars, one `<rect data-series="…" data-count="…">` per category, with the count
/// written above each bar.
public struct BarChart: Sendable {
    /// One bar.
    public struct Bar: Sendable {
        public var key: String
        public var label: String
        public var count: Int

        /// Creates a bar.
        public init(key: String, label: String, count: Int) {
            self.key = key
            self.label = label
            self.count = count
        }
    }

    public var title: String
    public var bars: [Bar]

    /// Creates a chart.
    public init(title: String, bars: [Bar]) {
        self.title = title
        self.bars = bars
    }

    /// The chart as an `<svg>` element.
    public func svg() -> String {
        let barWidth = 70.0
        let gap = 40.0
        let plotTop = 20.0
        let plotBottom = 150.0
        let width = Double(max(bars.count, 1)) * (barWidth + gap) + gap
        let height = plotBottom + 30
        let top = max(1, bars.map(\.count).max() ?? 1)
        var body = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart bars\""
            + XMLText.attribute("viewBox", "0 0 \(XMLText.number(width)) \(XMLText.number(height))")
            + XMLText.attribute("width", XMLText.number(width)) + XMLText.attribute("height", XMLText.number(height))
            + " role=\"img\"><title>\(XMLText.escape(title))</title>"
        body += "<line class=\"baseline\" x1=\"0\"" + XMLText.attribute("x2", XMLText.number(width))
            + XMLText.attribute("y1", XMLText.number(plotBottom)) + XMLText.attribute("y2", XMLText.number(plotBottom)) + "/>"
        for (index, bar) in bars.enumerated() {
            let x = gap + Double(index) * (barWidth + gap)
            let barHeight = (plotBottom - plotTop) * Double(bar.count) / Double(top)
            let y = plotBottom - barHeight
            body += "<rect class=\"bar\"" + XMLText.attribute("data-series", bar.key)
                + XMLText.attribute("data-count", String(bar.count))
                + XMLText.attribute("x", XMLText.number(x)) + XMLText.attribute("y", XMLText.number(y))
                + XMLText.attribute("width", XMLText.number(barWidth)) + XMLText.attribute("height", XMLText.number(barHeight))
                + "><title>" + XMLText.escape("\(bar.label): \(bar.count)") + "</title></rect>"
            body += "<text class=\"count\" text-anchor=\"middle\"" + XMLText.attribute("x", XMLText.number(x + barWidth / 2))
                + XMLText.attribute("y", XMLText.number(y - 5)) + ">\(bar.count)</text>"
            body += "<text class=\"axis\" text-anchor=\"middle\"" + XMLText.attribute("x", XMLText.number(x + barWidth / 2))
                + XMLText.attribute("y", XMLText.number(plotBottom + 18)) + ">" + XMLText.escape(bar.label) + "</text>"
        }
        return body + "</svg>"
    }
}
