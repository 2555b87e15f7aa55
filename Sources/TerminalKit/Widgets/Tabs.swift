/// A row of tab titles with one selected, with hit-testing so mouse clicks can select a tab.
/// Tabs that do not fit whole are hidden and a `…` marks the cut.
public struct Tabs: Widget, Hashable, Sendable {
    /// The tab titles, left to right.
    public var titles: [String]
    /// Index of the selected tab.
    public var selected: Int
    /// Style of unselected tabs and of the rest of the row.
    public var style: Style
    /// Style of the selected tab.
    public var selectedStyle: Style
    /// Style of the divider between tabs.
    public var dividerStyle: Style
    /// Drawn between tabs.
    public var divider: String

    /// Creates a tab row styled by `theme`.
    public init(titles: [String], selected: Int, theme: Theme, divider: String = "│") {
        self.titles = titles
        self.selected = selected
        self.style = theme.muted
        self.selectedStyle = theme.selection
        self.dividerStyle = theme.border
        self.divider = divider
    }

    /// The columns each tab occupies when drawn in `area` (absolute columns). Tabs that do not
    /// fit whole are hidden and get an empty range at the right edge.
    public func tabRanges(in area: Rect) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var x = area.x
        for title in titles {
            let width = title.displayWidth + 2
            if x + width > area.right {
                x = area.right
                ranges.append(area.right..<area.right)
                continue
            }
            ranges.append(x..<(x + width))
            x += width + divider.displayWidth
        }
        return ranges
    }

    /// The tab under screen column `x` on the tab row of `area`, or nil (dividers, empty space).
    public func tabIndex(atX x: Int, in area: Rect) -> Int? {
        tabRanges(in: area).firstIndex { $0.contains(x) }
    }

    /// Draws the titles on the first row of `area`, each padded by a space.
    public func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        buffer.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), style: style)
        let ranges = tabRanges(in: area)
        for (index, title) in titles.enumerated() {
            let range = ranges[index]
            guard !range.isEmpty else {
                buffer.write("…", x: area.right - 1, y: area.y, style: style)
                break
            }
            let tabStyle = index == selected ? selectedStyle : style
            buffer.write(" \(title) ", x: range.lowerBound, y: area.y, style: tabStyle, maxWidth: range.count)
            if index < titles.count - 1, range.upperBound < area.right {
                buffer.write(divider, x: range.upperBound, y: area.y, style: dividerStyle)
            }
        }
    }
}
