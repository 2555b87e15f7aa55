import TerminalKit

/// Where the gallery's bars go, and the tab bar itself.
enum GalleryChrome {
    /// The screen split into tab row, page body, key-hint row and status row.
    static func rows(in area: Rect) -> (tabs: Rect, body: Rect, hints: Rect, status: Rect) {
        let rows = Layout.split(area, direction: .vertical, constraints: [.fixed(1), .fill(), .fixed(1), .fixed(1)])
        return (rows[0], rows[1], rows[2], rows[3])
    }

    /// The tab bar for `state`, numbered so the digit keys are discoverable. When not every
    /// tab fits, the bar starts late enough that the selected tab is visible; `first` is the
    /// page of the leftmost tab.
    static func tabs(_ state: GalleryState, width: Int) -> (tabs: Tabs, first: Int) {
        let pages = GalleryPage.allCases
        let area = Rect(x: 0, y: 0, width: width, height: 1)
        var first = 0
        while true {
            let titles = pages[first...].map { "\($0.rawValue + 1) \($0.title)" }
            let tabs = Tabs(titles: titles, selected: state.page.rawValue - first, theme: state.theme)
            let ranges = tabs.tabRanges(in: area)
            let selected = state.page.rawValue - first
            if first >= state.page.rawValue || (selected < ranges.count && !ranges[selected].isEmpty) {
                return (tabs, first)
            }
            first += 1
        }
    }

    /// The page whose tab is under column `x`.
    static func page(atX x: Int, state: GalleryState) -> GalleryPage? {
        let area = Rect(x: 0, y: 0, width: state.size.width, height: 1)
        let (tabs, first) = tabs(state, width: state.size.width)
        guard let index = tabs.tabIndex(atX: x, in: area) else { return nil }
        return GalleryPage(rawValue: first + index)
    }
}
