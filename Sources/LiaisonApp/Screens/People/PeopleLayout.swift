import TerminalKit

/// Where the directory and the profile go; shared by `update` and `view`.
struct PeopleLayout {
    /// Screens at least this wide show the profile beside the directory.
    static let wideWidth = 120

    var searchRow: Rect?
    var directory: Rect?
    var profile: Rect?
    var compact: Bool
    /// Data rows the directory table shows.
    var visibleRows: Int

    init(area: Rect, state: PeopleState) {
        var body = area
        if state.isSearching || !state.search.text.isEmpty {
            searchRow = Rect(x: area.x, y: area.y, width: area.width, height: 1)
            body = Rect(x: area.x, y: area.y + 1, width: area.width, height: max(0, area.height - 1))
        }
        let wide = area.width >= Self.wideWidth
        if wide {
            let parts = Layout.split(body, direction: .horizontal, constraints: [.percentage(50), .fill()])
            directory = parts[0]
            profile = parts[1]
        } else if state.showsProfile {
            profile = body
        } else {
            directory = body
        }
        compact = (directory?.width ?? 0) < 70
        visibleRows = max(1, (directory ?? body).height - 3)
    }
}
