import TerminalKit

/// Where the dashboard puts its region tiles and the "me" panel; shared by the view and the
/// mouse hit-testing in `update`, so both agree on what is where.
struct DashboardLayout {
    /// Tile rectangles for the tiles on screen, keyed by tile index.
    var tiles: [(index: Int, rect: Rect)]
    /// The "me" panel.
    var me: Rect
    /// Tiles across.
    var columns: Int

    /// The smallest height left for the "me" panel.
    static let minimumMeHeight = 6
    /// The tile width that decides how many tiles go across (4 at 160 columns, 2 at 80).
    static let tileWidth = 40

    /// Lays out `count` tiles (scrolled so `selected` is visible) and the panel in `area`.
    init(area: Rect, count: Int, selected: Int) {
        columns = max(1, min(4, min(max(1, count), area.width / Self.tileWidth)))
        let rowCount = max(1, (count + columns - 1) / columns)
        let available = max(0, area.height - Self.minimumMeHeight)
        let tileHeight = min(10, max(5, available / rowCount))
        let visibleRows = max(1, min(rowCount, available / tileHeight))
        let selectedRow = max(0, min(selected, count - 1)) / columns
        let firstRow = max(0, selectedRow - visibleRows + 1)
        let gridHeight = count == 0 ? 3 : visibleRows * tileHeight
        let rows = Layout.split(area, direction: .vertical, constraints: [.fixed(gridHeight), .fill()])
        me = rows[1]
        var placed: [(index: Int, rect: Rect)] = []
        for row in 0..<visibleRows {
            let rowRect = Rect(x: area.x, y: rows[0].y + row * tileHeight, width: area.width, height: tileHeight)
            let cells = Layout.split(rowRect, direction: .horizontal, constraints: Array(repeating: .fill(), count: columns))
            for (column, cell) in cells.enumerated() {
                let index = (firstRow + row) * columns + column
                if index < count { placed.append((index, cell)) }
            }
        }
        tiles = placed
        gridArea = rows[0]
    }

    /// The area above the panel (tiles, or the empty-state message).
    var gridArea: Rect

    /// The tile under a screen position.
    func tileIndex(atX x: Int, y: Int) -> Int? {
        tiles.first { $0.rect.contains(x: x, y: y) }?.index
    }
}
