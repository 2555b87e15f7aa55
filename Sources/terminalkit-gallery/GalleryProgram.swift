import TerminalKit

/// The gallery as an Elm-style program: tabs, the current page, a key-hint bar and a status bar.
struct GalleryProgram: Program {
    typealias State = GalleryState

    /// Timer messages (the only effect the gallery uses).
    enum Message: Sendable {
        case pulse
    }

    func initialize() -> (GalleryState, [Effect<Message>]) {
        (GalleryState(), [.every(.milliseconds(500), id: "pulse", .pulse)])
    }

    func update(_ state: GalleryState, _ input: ProgramInput<Message>) -> (GalleryState, [Effect<Message>]) {
        var next = state
        switch input {
        case .message(.pulse):
            next.pulses += 1
            next.samples.removeFirst()
            next.samples.append(Double((next.pulses * 37) % 23))
            return (next, [])
        case .event(.tick):
            return (next, [])
        case .event(let event):
            next.log(GalleryInput.describe(event))
            if case .resize(let width, let height) = event {
                next.size = Size(width: width, height: height)
                return (next, [])
            }
            if next.focus != .none {
                GalleryInput.focused(&next, event)
                return (next, [])
            }
            if event == .key(.char("q")) { return (next, [.quit]) }
            GalleryInput.unfocused(&next, event)
            return (next, [])
        }
    }

    func view(_ state: GalleryState, area: Rect) -> Buffer {
        var buffer = Buffer(area: area)
        let theme = state.theme
        buffer.fill(area, style: theme.base)
        let rows = GalleryChrome.rows(in: area)
        GalleryChrome.tabs(state, width: rows.tabs.width).tabs.render(in: rows.tabs, buffer: &buffer)
        GalleryPages.render(state, area: rows.body, buffer: &buffer)
        KeyHintBar(keyMap: state.page.keyMap.merged(with: GalleryPage.globalKeys), limit: 8, theme: theme)
            .render(in: rows.hints, buffer: &buffer)
        let focus = state.focus == .none ? "" : "editing · Esc to stop · "
        StatusBar(left: " \(state.page.title)", right: "\(focus)\(theme.name) · \(area.width)×\(area.height) ", theme: theme)
            .render(in: rows.status, buffer: &buffer)
        GalleryOverlays.render(state, area: rows.body, buffer: &buffer)
        return buffer
    }
}
