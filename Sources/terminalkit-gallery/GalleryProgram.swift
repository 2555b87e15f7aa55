import TerminalKit

/// The gallery as an Elm-style program: a tab bar, the current page, and a key-hint bar.
struct GalleryProgram: Program {
    typealias State = GalleryState

    /// Timer messages (the only effect the gallery uses).
    enum Message: Sendable {
        case pulse
    }

    func initialize() -> (GalleryState, [Effect<Message>]) {
        (GalleryState(), [.every(.seconds(1), id: "pulse", .pulse)])
    }

    func update(_ state: GalleryState, _ input: ProgramInput<Message>) -> (GalleryState, [Effect<Message>]) {
        var next = state
        switch input {
        case .message(.pulse):
            next.ticks += 1
            return (next, [])
        case .event(.tick):
            return (next, [])
        case .event(let event):
            next.log(describe(event))
            if case .resize(let width, let height) = event {
                next.size = Size(width: width, height: height)
                return (next, [])
            }
            if next.editing != .none {
                editInput(&next, event)
                return (next, [])
            }
            return handle(event, in: next)
        }
    }

    private func handle(_ event: Event, in state: GalleryState) -> (GalleryState, [Effect<Message>]) {
        var next = state
        let pages = GalleryPage.allCases
        switch event {
        case .key(.char("q")):
            return (next, [.quit])
        case .key(.tab):
            next.page = pages[(state.page.rawValue + 1) % pages.count]
        case .key(.backTab):
            next.page = pages[(state.page.rawValue + pages.count - 1) % pages.count]
        case .key(.char(let c)) where c.isWholeNumber:
            if let number = c.wholeNumberValue, number >= 1, number <= pages.count {
                next.page = pages[number - 1]
            }
        case .key(.char("t")):
            next.themeIndex += 1
        case .mouse(let mouse):
            if case .press = mouse.kind, mouse.y == 0, let page = GalleryChrome.page(atX: mouse.x) {
                next.page = page
            } else {
                scroll(&next, by: mouse)
            }
        default:
            pageKey(&next, event)
        }
        return (next, [])
    }

    private func pageKey(_ state: inout GalleryState, _ event: Event) {
        guard case .key(let key) = event else { return }
        let visible = max(1, state.size.height - 6)
        let movement: ScrollMovement?
        switch key {
        case .char("j"), .down: movement = .down(1)
        case .char("k"), .up: movement = .up(1)
        case .pageDown: movement = .pageDown
        case .pageUp: movement = .pageUp
        case .char("g"), .home: movement = .top
        case .char("G"), .end: movement = .bottom
        default: movement = nil
        }
        switch state.page {
        case .list:
            if let movement { state.listState = state.listState.moved(movement, itemCount: MillionNames().count, visibleRows: visible) }
        case .table:
            if let movement { state.tableState = state.tableState.moved(movement, itemCount: MillionPeople().count, visibleRows: visible) }
            if key == .char("s") { state.tableSort.ascending.toggle() }
        case .input:
            if key == .char("i") { state.editing = .field }
            if key == .char("a") { state.editing = .area }
        default:
            break
        }
    }

    private func scroll(_ state: inout GalleryState, by mouse: MouseEvent) {
        let visible = max(1, state.size.height - 6)
        let movement: ScrollMovement
        switch mouse.kind {
        case .wheelUp: movement = .up(3)
        case .wheelDown: movement = .down(3)
        default: return
        }
        if state.page == .list { state.listState = state.listState.moved(movement, itemCount: MillionNames().count, visibleRows: visible) }
        if state.page == .table { state.tableState = state.tableState.moved(movement, itemCount: MillionPeople().count, visibleRows: visible) }
    }

    private func editInput(_ state: inout GalleryState, _ event: Event) {
        if event == .key(.escape) {
            state.editing = .none
            return
        }
        switch (state.editing, event) {
        case (.field, .key(let key)): _ = state.field.handle(key)
        case (.field, .paste(let text)): state.field.insert(paste: text)
        case (.area, .key(let key)): _ = state.area.handle(key)
        case (.area, .paste(let text)): state.area.insert(paste: text)
        default: break
        }
    }

    private func describe(_ event: Event) -> String {
        switch event {
        case .key(let key): return "key    \(key.label)"
        case .paste(let text): return "paste  \(text.debugDescription)"
        case .mouse(let mouse): return "mouse  \(mouse.kind) at \(mouse.x),\(mouse.y)"
        case .resize(let width, let height): return "resize \(width)×\(height)"
        case .tick: return "tick"
        }
    }

    func view(_ state: GalleryState, area: Rect) -> Buffer {
        var buffer = Buffer(area: area)
        let theme = state.theme
        buffer.fill(area, style: theme.base)
        let rows = Layout.split(area, direction: .vertical, constraints: [.fixed(1), .fill(), .fixed(1)])
        GalleryChrome.renderTabs(selected: state.page, theme: theme, area: rows[0], buffer: &buffer)
        GalleryPages.render(state, area: rows[1], buffer: &buffer)
        GalleryChrome.renderHints(state.page.keyHints, theme: theme, status: "\(theme.name) · \(area.width)×\(area.height)", area: rows[2], buffer: &buffer)
        return buffer
    }
}
