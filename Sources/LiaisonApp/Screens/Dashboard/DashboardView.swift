import TerminalKit

/// Draws the dashboard: the region grid (or what to do when there are no regions) above the
/// "me" panel.
struct DashboardView {
    var state: DashboardState
    var context: ScreenContext

    func render(in area: Rect, buffer: inout Buffer) {
        let theme = context.theme
        let tiles = state.data?.tiles ?? []
        let layout = DashboardLayout(area: area, count: tiles.count, selected: state.selectedTile)
        if let error = state.error {
            message("Could not load the dashboard: \(error)", style: theme.error, in: layout.gridArea, buffer: &buffer)
        } else if state.data == nil {
            message("Loading…", style: theme.muted, in: layout.gridArea, buffer: &buffer)
        } else if tiles.isEmpty {
            message("No regions yet — run `liaison init --demo` or `liaison import FILE`", style: theme.muted, in: layout.gridArea, buffer: &buffer)
        }
        for (index, rect) in layout.tiles {
            RegionTileView(tile: tiles[index], isSelected: index == state.selectedTile, theme: theme).render(in: rect, buffer: &buffer)
        }
        MePanelView(me: state.data?.me, person: context.person, env: context.env, theme: theme).render(in: layout.me, buffer: &buffer)
    }

    private func message(_ text: String, style: Style, in area: Rect, buffer: inout Buffer) {
        guard area.height > 0 else { return }
        buffer.write(text, x: area.x + 1, y: area.y + area.height / 2, style: style, maxWidth: area.width - 2)
    }
}
