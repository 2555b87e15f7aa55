/// Horizontal stacked bars: one bar per group (region), one segment per series (level),
/// each segment a `<rect data-group="…" data-series="…" data-count="…">` with its count
/// written inside when it fits, so the chart reads in black and white too.
public struct StackedBarChart: Sendable {
    /// One bar.
    public struct Group: Sendable {
        public var key: String
        public var label: String
        /// Count per series key.
        public var counts: [String: Int]

        /// Creates a bar.
        public init(key: String, label: String, counts: [String: Int]) {
            self.key = key
            self.label = label
            self.counts = counts
        }
    }

    /// A series: its key, legend label and fill class (styled by the report's CSS).
    public struct SeriesStyle: Sendable {
        public var key: String
        public var label: String
        public var cssClass: String

        /// Creates a series style.
        public init(key: String, label: String, cssClass: String) {
            self.key = key
            self.label = label
            self.cssClass = cssClass
        }
    }

    public var title: String
    public var groups: [Group]
    /// Stacking order, left to right.
    public var series: [SeriesStyle]

    /// Creates a chart.
    public init(title: String, groups: [Group], series: [SeriesStyle]) {
        self.title = title
        self.groups = groups
        self.series = series
    }

    /// The chart as an `<svg>` element.
    public func svg() -> String {
        let labelWidth = 110.0
        let plotWidth = 420.0
        let barHeight = 22.0
        let gap = 10.0
        let legendHeight = 28.0
        let width = labelWidth + plotWidth + 50
        let height = legendHeight + Double(max(groups.count, 1)) * (barHeight + gap) + 10
        let top = max(1, groups.map { group in group.counts.values.reduce(0, +) }.max() ?? 1)
        var body = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart stacked\""
            + XMLText.attribute("viewBox", "0 0 \(XMLText.number(width)) \(XMLText.number(height))")
            + XMLText.attribute("width", XMLText.number(width)) + XMLText.attribute("height", XMLText.number(height))
            + " role=\"img\"><title>\(XMLText.escape(title))</title>"
        var legendX = 0.0
        for style in series {
            body += "<rect" + XMLText.attribute("class", "legend \(style.cssClass)") + XMLText.attribute("x", XMLText.number(legendX))
                + " y=\"6\" width=\"12\" height=\"12\"/>"
            body += "<text" + XMLText.attribute("x", XMLText.number(legendX + 16)) + " y=\"16\" class=\"axis\">"
                + XMLText.escape(style.label) + "</text>"
            legendX += 90
        }
        if groups.isEmpty {
            body += "<text x=\"0\"" + XMLText.attribute("y", XMLText.number(legendHeight + 16)) + " class=\"empty\">No active clashes.</text>"
        }
        for (row, group) in groups.enumerated() {
            let y = legendHeight + Double(row) * (barHeight + gap)
            body += "<g" + XMLText.attribute("data-group", group.key) + ">"
            body += "<text x=\"0\"" + XMLText.attribute("y", XMLText.number(y + barHeight - 6)) + " class=\"label\">"
                + XMLText.escape(group.label) + "</text>"
            var x = labelWidth
            for style in series {
                let count = group.counts[style.key] ?? 0
                guard count > 0 else { continue }
                let segment = plotWidth * Double(count) / Double(top)
                body += "<rect" + XMLText.attribute("class", "segment \(style.cssClass)")
                    + XMLText.attribute("data-group", group.key) + XMLText.attribute("data-series", style.key)
                    + XMLText.attribute("data-count", String(count))
                    + XMLText.attribute("x", XMLText.number(x)) + XMLText.attribute("y", XMLText.number(y))
                    + XMLText.attribute("width", XMLText.number(segment)) + XMLText.attribute("height", XMLText.number(barHeight))
                    + "><title>" + XMLText.escape("\(group.label): \(count) \(style.label)") + "</title></rect>"
                if segment >= 16 {
                    body += "<text" + XMLText.attribute("class", "count \(style.cssClass)")
                        + XMLText.attribute("x", XMLText.number(x + segment / 2))
                        + XMLText.attribute("y", XMLText.number(y + barHeight - 7)) + " text-anchor=\"middle\">\(count)</text>"
                }
                x += segment
            }
            let total = group.counts.values.reduce(0, +)
            body += "<text" + XMLText.attribute("x", XMLText.number(x + 6)) + XMLText.attribute("y", XMLText.number(y + barHeight - 7))
                + " class=\"axis\">\(total)</text></g>"
        }
        return body + "</svg>"
    }
}
