import TerminalKit

/// Draws the frame: tab row with the person, the screen, the status bar and overlays.
enum ChromeView {
    static func render(_ state: AppState, buffer: inout Buffer, env: AppEnvironment) {
        let theme = state.theme
        buffer.fill(buffer.area, style: theme.base)
        renderTabRow(state, buffer: &buffer)
        ScreenRouter.view(state, buffer: &buffer, env: env)
        renderStatusBar(state, buffer: &buffer, env: env)
        switch state.overlay {
        case .help(let scroll):
            let screenKeys = ScreenRouter.keyMap(state, env: env)
            HelpOverlay(sections: [screenKeys, GlobalKeys.keyMap], title: "Keys", scroll: scroll, theme: theme)
                .render(in: AppLayout.content(state.size), buffer: &buffer)
        case .palette(let palette):
            palette.picker.render(in: CommandPaletteState.box(in: AppLayout.content(state.size)), buffer: &buffer)
        case .modal(let modal):
            modal.widget(theme: theme, width: 56).render(in: AppLayout.content(state.size), buffer: &buffer)
        case nil:
            break
        }
    }

    private static func renderTabRow(_ state: AppState, buffer: inout Buffer) {
        let row = AppLayout.tabRow(state.size)
        let tabs = AppLayout.tabs(selected: state.screen, theme: state.theme, width: row.width)
        tabs.render(in: row, buffer: &buffer)
        let used = tabs.tabRanges(in: row).last?.upperBound ?? row.x
        let label = personLabel(state)
        let room = row.right - used - 2
        guard room >= 10 else { return }
        let text = label.truncated(toWidth: room)
        buffer.write(text, x: row.right - text.displayWidth - 1, y: row.y, style: state.theme.accent)
    }

    /// `Anna Keller · MSL · north`, or a hint to pick someone.
    static func personLabel(_ state: AppState) -> String {
        guard let person = state.person else { return "nobody picked — : Switch person" }
        return "\(person.name) · \(person.role.label)" + (person.regionID.map { " · \(RegionLabel.short($0))" } ?? "")
    }

    private static func renderStatusBar(_ state: AppState, buffer: inout Buffer, env: AppEnvironment) {
        let row = AppLayout.statusRow(state.size)
        let theme = state.theme
        buffer.fill(row, style: theme.keyHint)
        var hintWidth = row.width
        if let status = state.status {
            let style: Style
            switch status.kind {
            case .info: style = theme.keyHint
            case .success: style = theme.keyHint.patched(with: theme.success)
            case .error: style = theme.keyHint.patched(with: theme.error).bold()
            }
            let text = status.text.truncated(toWidth: max(0, row.width * 3 / 5))
            let x = row.right - text.displayWidth - 1
            buffer.write(text, x: x, y: row.y, style: style)
            hintWidth = max(0, x - row.x - 1)
        }
        let globalKeysApply = !state.isFormOpen && !ScreenRouter.isCapturingText(state)
        let bindings = ScreenRouter.hints(state, env: env) + (globalKeysApply ? GlobalKeys.hints : [])
        KeyHintBar(bindings: bindings, theme: theme).render(in: Rect(x: row.x, y: row.y, width: hintWidth, height: 1), buffer: &buffer)
    }
}
