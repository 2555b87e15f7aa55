/// Small multiples of weekly series: one panel per series, all on the same scale, each with
/// one `<polyline data-series="…">` so a reader (or a test) can find every series.
public struct TrendChart: Sendable {
    /// One series to draw.
    public struct Series: Sendable {
        /// Stable key, written to `data-series`.
        public var key: String
        public var label: String
        public var values: [Int]

        /// Creates a series.
        public init(key: String, label: String, values: [Int]) {
            self.key = key
            self.label = label
            self.values = values
        }
    }

    public var title: String
    /// Labels of the x positions (weeks), oldest first.
    public var labels: [String]
    public var series: [Series]
    /// Panels per row.
    public var columns: Int = 3

    /// Creates a chart.
    public init(title: String, labels: [String], series: [Series]) {
        self.title = title
        self.labels = labels
        self.series = series
    }

    static let panelWidth = 220.0
    static let panelHeight = 96.0
    static let plotTop = 30.0
    static let plotBottom = 78.0
    static let plotLeft = 8.0
    static let plotRight = 212.0

    /// The chart as an `<svg>` element.
    public func svg() -> String {
        let rows = max(1, (series.count + columns - 1) / columns)
        let width = Self.panelWidth * Double(min(max(series.count, 1), columns))
        let height = Self.panelHeight * Double(rows) + 20
        let top = max(1, series.flatMap(\.values).max() ?? 1)
        var body = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart trend\""
            + XMLText.attribute("viewBox", "0 0 \(XMLText.number(width)) \(XMLText.number(height))")
            + XMLText.attribute("width", XMLText.number(width)) + XMLText.attribute("height", XMLText.number(height))
            + " role=\"img\">"
        body += "<title>\(XMLText.escape(title))</title>"
        if series.isEmpty {
            body += "<text x=\"8\" y=\"20\" class=\"empty\">No insights in these weeks.</text>"
        }
        for (index, entry) in series.enumerated() {
            let x0 = Self.panelWidth * Double(index % columns)
            let y0 = Self.panelHeight * Double(index / columns)
            body += panel(entry, top: top, x0: x0, y0: y0)
        }
        let range = labels.isEmpty ? "" : "\(labels.first!)–\(labels.last!) · common scale, peak \(top) a week"
        body += "<text x=\"8\"" + XMLText.attribute("y", XMLText.number(height - 6)) + " class=\"axis\">\(XMLText.escape(range))</text>"
        return body + "</svg>"
    }

    private func panel(_ entry: Series, top: Int, x0: Double, y0: Double) -> String {
        let count = max(entry.values.count, 1)
        let step = count > 1 ? (Self.plotRight - Self.plotLeft) / Double(count - 1) : 0
        let points = entry.values.enumerated().map { index, value in
            let x = x0 + Self.plotLeft + step * Double(index)
            let y = y0 + Self.plotBottom - (Self.plotBottom - Self.plotTop) * Double(value) / Double(top)
            return (x, y)
        }
        var text = "<g class=\"panel\"" + XMLText.attribute("data-series", entry.key) + ">"
        text += "<text" + XMLText.attribute("x", XMLText.number(x0 + Self.plotLeft))
            + XMLText.attribute("y", XMLText.number(y0 + 16)) + " class=\"label\">"
            + XMLText.escape("\(entry.label) · \(entry.values.last ?? 0)") + "</text>"
        text += "<line class=\"baseline\"" + XMLText.attribute("x1", XMLText.number(x0 + Self.plotLeft))
            + XMLText.attribute("x2", XMLText.number(x0 + Self.plotRight))
            + XMLText.attribute("y1", XMLText.number(y0 + Self.plotBottom))
            + XMLText.attribute("y2", XMLText.number(y0 + Self.plotBottom)) + "/>"
        text += "<polyline class=\"series\" fill=\"none\""
            + XMLText.attribute("data-series", entry.key)
            + XMLText.attribute("data-values", entry.values.map(String.init).joined(separator: ","))
            + XMLText.attribute("points", points.map { "\(XMLText.number($0.0)),\(XMLText.number($0.1))" }.joined(separator: " "))
            + "/>"
        if let last = points.last {
            text += "<circle class=\"last\" r=\"2.5\"" + XMLText.attribute("cx", XMLText.number(last.0))
                + XMLText.attribute("cy", XMLText.number(last.1)) + "/>"
        }
        return text + "</g>"
    }
}
