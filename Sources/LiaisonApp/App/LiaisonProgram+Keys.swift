import TerminalKit

extension LiaisonProgram {
    /// Order: overlay → log form → global keys (unless typing) → screen → q/Esc fallback.
    func handleKey(_ key: Key, in state: inout AppState) -> [Effect<AppMessage>] {
        if let overlay = state.overlay { return handleOverlayKey(key, overlay, in: &state) }
        if state.isFormOpen {
            let (effects, handled) = routeToForm(.key(key), in: &state)
            if !handled, key == .escape {
                state.logInsight = nil
                state.logTouchpoint = nil
            }
            return effects
        }
        if !ScreenRouter.isCapturingText(state), let effects = handleGlobalKey(key, in: &state) {
            return effects
        }
        let result = ScreenRouter.send(.key(key), to: state.screen, in: &state, env: env)
        var effects = result.effects + apply(result.requests, in: &state)
        let isBack = key == .char("q") || (key == .escape && state.screen != .dashboard)
        if !result.handled, isBack {
            effects += apply([.back], in: &state)
        }
        return effects
    }

    /// Pasted text goes to the palette, the form or the screen.
    func handlePaste(_ text: String, in state: inout AppState) -> [Effect<AppMessage>] {
        if case .palette(var palette) = state.overlay {
            palette.picker.insert(paste: text)
            state.overlay = .palette(palette)
            return []
        }
        if state.overlay != nil { return [] }
        if state.isFormOpen { return routeToForm(.paste(text), in: &state).effects }
        return route(.paste(text), to: state.screen, in: &state)
    }

    /// A click on the tab row switches screens; other mouse events go to the form or screen.
    func handleMouse(_ mouse: MouseEvent, in state: inout AppState) -> [Effect<AppMessage>] {
        if let overlay = state.overlay { return handleOverlayMouse(mouse, overlay, in: &state) }
        if mouse.kind == .press(button: 0), mouse.y == 0 {
            let tabs = AppLayout.tabs(selected: state.screen, theme: state.theme, width: state.size.width)
            guard let index = tabs.tabIndex(atX: mouse.x, in: AppLayout.tabRow(state.size)) else { return [] }
            if state.isFormOpen { return [] }
            return apply([.open(Screen.allCases[index])], in: &state)
        }
        guard AppLayout.content(state.size).contains(x: mouse.x, y: mouse.y) else { return [] }
        if state.isFormOpen { return routeToForm(.mouse(mouse), in: &state).effects }
        return route(.mouse(mouse), to: state.screen, in: &state)
    }

    private func handleGlobalKey(_ key: Key, in state: inout AppState) -> [Effect<AppMessage>]? {
        switch key {
        case .tab: return apply([.open(state.screen.next)], in: &state)
        case .backTab: return apply([.open(state.screen.previous)], in: &state)
        case .char("?"):
            state.overlay = .help(scroll: 0)
            return []
        case .char(":"):
            var palette = CommandPaletteState.commands(theme: state.theme)
            palette.picker.pageSize = max(1, CommandPaletteState.box(in: AppLayout.content(state.size)).height - 3)
            state.overlay = .palette(palette)
            return []
        case .char("n"): return apply([.newInsight()], in: &state)
        case .char(let c):
            guard let number = c.wholeNumberValue, let screen = Screen.numbered(number) else { return nil }
            return apply([.open(screen)], in: &state)
        default: return nil
        }
    }

    private func handleOverlayKey(_ key: Key, _ overlay: Overlay, in state: inout AppState) -> [Effect<AppMessage>] {
        switch overlay {
        case .help(let scroll):
            switch key {
            case .escape, .char("q"), .char("?"), .enter: state.overlay = nil
            case .down, .char("j"): state.overlay = .help(scroll: scroll + 1)
            case .up, .char("k"): state.overlay = .help(scroll: max(0, scroll - 1))
            default: break
            }
            return []
        case .palette(var palette):
            guard let outcome = palette.picker.handle(key) else {
                state.overlay = .palette(palette)
                return []
            }
            state.overlay = nil
            guard case .picked(let index) = outcome else { return [] }
            return choose(index, in: palette, state: &state)
        case .modal(var modal):
            switch key {
            case .left, .char("h"), .backTab: modal.selected = max(0, modal.selected - 1)
            case .right, .char("l"), .tab: modal.selected = min(modal.buttons.count - 1, modal.selected + 1)
            case .escape, .char("n"), .char("q"):
                state.overlay = nil
                return []
            case .enter, .char("y"):
                state.overlay = nil
                let confirmed = key == .char("y") || modal.selected == 0
                guard confirmed, let message = modal.confirm else { return [] }
                return handleMessage(message, in: &state)
            default: break
            }
            state.overlay = .modal(modal)
            return []
        }
    }

    private func handleOverlayMouse(_ mouse: MouseEvent, _ overlay: Overlay, in state: inout AppState) -> [Effect<AppMessage>] {
        guard mouse.kind == .press(button: 0) else { return [] }
        switch overlay {
        case .modal(let modal):
            let widget = modal.widget(theme: state.theme, width: 56)
            if let index = widget.buttonIndex(at: Point(x: mouse.x, y: mouse.y), in: AppLayout.content(state.size)) {
                var chosen = modal
                chosen.selected = index
                state.overlay = .modal(chosen)
                return handleKey(.enter, in: &state)
            }
            return []
        case .help:
            state.overlay = nil
            return []
        case .palette(let palette):
            let box = CommandPaletteState.box(in: AppLayout.content(state.size))
            guard box.contains(x: mouse.x, y: mouse.y) else {
                state.overlay = nil
                return []
            }
            let row = mouse.y - (box.y + 2)
            guard row >= 0, row < palette.picker.matches.count - palette.picker.scroll.offset else { return [] }
            let match = palette.picker.matches[palette.picker.scroll.offset + row]
            state.overlay = nil
            return choose(match.index, in: palette, state: &state)
        }
    }

    private func choose(_ index: Int, in palette: CommandPaletteState, state: inout AppState) -> [Effect<AppMessage>] {
        switch palette.mode {
        case .commands(let commands): return run(commands[index], in: &state)
        case .people(let people):
            let person = people[index]
            state.person = person
            return showStatus("Now working as \(person.name)", .success, in: &state) + apply([.dataChanged], in: &state)
        }
    }

    private func run(_ command: PaletteCommand, in state: inout AppState) -> [Effect<AppMessage>] {
        switch command {
        case .go(let screen): return apply([.open(screen)], in: &state)
        case .newInsight: return apply([.newInsight()], in: &state)
        case .newTouchpoint: return apply([.newTouchpoint], in: &state)
        case .switchPerson: return [loadPeople()]
        case .quit: return apply([.quit], in: &state)
        case .theme(let name):
            let palette = env.palette(named: name)
            state.theme = palette
            if palette.name != name { return showStatus("NO_COLOR is set or the terminal has no colours: staying \(palette.name)", .info, in: &state) }
            return showStatus("Theme: \(name)", .success, in: &state)
        }
    }
}
