import TerminalKit

extension LiaisonProgram {
    /// How long a status message stays.
    static let statusDuration: Duration = .seconds(4)

    /// Carries out screens' requests in order; returns the effects they cause.
    func apply(_ requests: [AppRequest], in state: inout AppState) -> [Effect<AppMessage>] {
        var effects: [Effect<AppMessage>] = []
        for request in requests {
            switch request {
            case .open(let screen, let focus):
                effects += activate(screen, focus: focus, in: &state)
            case .back:
                if state.screen == .dashboard {
                    state.isQuitting = true
                    effects.append(.quit)
                } else {
                    effects += activate(.dashboard, focus: nil, in: &state)
                }
            case .newInsight(let draftID):
                guard !state.isFormOpen else { continue }
                guard state.person != nil else {
                    effects += showStatus("Pick who you are first (: then Switch person…)", .error, in: &state)
                    continue
                }
                let opened = LogInsightScreen.open(draftID: draftID, context: ScreenRouter.context(state, env: env))
                state.logInsight = opened.state
                effects += opened.effects + apply(opened.requests, in: &state)
            case .closeLogInsight:
                state.logInsight = nil
                effects.append(FreedMemory.releaseEffect(env.store))
            case .newTouchpoint:
                guard !state.isFormOpen else { continue }
                guard state.person != nil else {
                    effects += showStatus("Pick who you are first (: then Switch person…)", .error, in: &state)
                    continue
                }
                let opened = LogTouchpointScreen.open(context: ScreenRouter.context(state, env: env))
                state.logTouchpoint = opened.state
                effects += opened.effects + apply(opened.requests, in: &state)
            case .closeLogTouchpoint:
                state.logTouchpoint = nil
                effects.append(FreedMemory.releaseEffect(env.store))
            case .status(let text, let kind):
                effects += showStatus(text, kind, in: &state)
            case .confirm(let modal):
                state.overlay = .modal(modal)
            case .dataChanged:
                state.dataVersion += 1
                state.loadedVersion[state.screen] = state.dataVersion
                effects += route(.dataChanged, to: state.screen, in: &state)
            case .quit:
                state.isQuitting = true
                effects.append(.quit)
            }
        }
        return effects
    }

    /// Shows `screen`; it loads when first shown, when the data changed since it last loaded,
    /// or for a deep link (`focus`), and otherwise keeps what it showed.
    func activate(_ screen: Screen, focus: ScreenFocus?, in state: inout AppState) -> [Effect<AppMessage>] {
        state.screen = screen
        if focus == nil, state.loadedVersion[screen] == state.dataVersion { return [] }
        state.loadedVersion[screen] = state.dataVersion
        return route(.activated(focus), to: screen, in: &state)
    }

    /// Shows `text` in the status bar and schedules its removal.
    func showStatus(_ text: String, _ kind: StatusKind, in state: inout AppState) -> [Effect<AppMessage>] {
        state.statusCounter += 1
        state.status = StatusMessage(text: text, kind: kind, id: state.statusCounter)
        return [.after(Self.statusDuration, .chrome(.statusExpired(state.statusCounter)))]
    }
}
