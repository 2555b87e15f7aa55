import Foundation
import LiaisonCore
import TerminalKit

/// The Liaison TUI as a TerminalKit `Program`: routes events to the visible screen (or the
/// log form, or an overlay), handles the global keys and draws the frame around screens.
public struct LiaisonProgram: Program {
    public typealias State = AppState
    public typealias Message = AppMessage

    /// Store, person, clock, theme and reference data.
    public let env: AppEnvironment
    /// The terminal size at start-up (later sizes arrive as resize events).
    public let initialSize: Size

    /// Creates the program.
    public init(env: AppEnvironment, initialSize: Size) {
        self.env = env
        self.initialSize = initialSize
    }

    /// The dashboard, loading; without a person the person picker opens once people load.
    /// Clashes still to be computed are computed in the background once the first load is in.
    public func initialize() -> (AppState, [Effect<AppMessage>]) {
        var state = AppState(size: initialSize, person: env.person, theme: env.theme)
        var effects = activate(state.screen, focus: nil, in: &state)
        if state.person == nil {
            state.picksPersonOnStart = true
            effects.append(loadPeople())
        }
        return (state, effects)
    }

    /// The next state for a terminal event or an effect's message.
    public func update(_ state: AppState, _ input: ProgramInput<AppMessage>) -> (AppState, [Effect<AppMessage>]) {
        var next = state
        let effects: [Effect<AppMessage>]
        switch input {
        case .event(.key(let key)): effects = handleKey(key, in: &next)
        case .event(.paste(let text)): effects = handlePaste(text, in: &next)
        case .event(.mouse(let mouse)): effects = handleMouse(mouse, in: &next)
        case .event(.resize(let width, let height)): effects = handleResize(Size(width: width, height: height), in: &next)
        case .event(.tick): effects = []
        case .message(let message): effects = handleMessage(message, in: &next)
        }
        return (next, effects)
    }

    /// Tab row, the screen (or form), status bar, then any overlay.
    public func view(_ state: AppState, area: Rect) -> Buffer {
        var buffer = Buffer(area: area)
        var drawn = state
        drawn.size = Size(width: area.width, height: area.height)
        ChromeView.render(drawn, buffer: &buffer, env: env)
        return buffer
    }

    // MARK: - Routing helpers shared by the extensions

    /// Sends `input` to `screen`, applies its requests, and returns all effects.
    func route(_ input: ScreenInput, to screen: Screen, in state: inout AppState) -> [Effect<AppMessage>] {
        let result = ScreenRouter.send(input, to: screen, in: &state, env: env)
        return result.effects + apply(result.requests, in: &state)
    }

    /// Sends `input` to the form, applies its requests, and returns all effects.
    func routeToForm(_ input: ScreenInput, in state: inout AppState) -> (effects: [Effect<AppMessage>], handled: Bool) {
        let result = ScreenRouter.sendToForm(input, in: &state, env: env)
        return (result.effects + apply(result.requests, in: &state), result.handled)
    }

    private func handleResize(_ size: Size, in state: inout AppState) -> [Effect<AppMessage>] {
        state.size = size
        var effects = route(.resized, to: state.screen, in: &state)
        if state.isFormOpen { effects += routeToForm(.resized, in: &state).effects }
        if case .palette(var palette) = state.overlay {
            palette.picker.pageSize = max(1, CommandPaletteState.box(in: AppLayout.content(size)).height - 3)
            state.overlay = .palette(palette)
        }
        return effects
    }

    /// Routes an effect's message to its screen, the form or the chrome; the first message
    /// (the first screen's data) also starts the background clash computation.
    func handleMessage(_ message: AppMessage, in state: inout AppState) -> [Effect<AppMessage>] {
        var start: [Effect<AppMessage>] = []
        if !state.clashesStarted, let handle = env.clashHandle, handle.isComputing {
            state.clashesStarted = true
            start.append(computeClashes(handle))
        }
        return start + routeMessage(message, in: &state)
    }

    /// Routes an effect's message to its screen, the form or the chrome.
    private func routeMessage(_ message: AppMessage, in state: inout AppState) -> [Effect<AppMessage>] {
        if let screen = ScreenRouter.target(of: message) {
            return route(.message(message), to: screen, in: &state)
        }
        switch message {
        case .logInsight, .logTouchpoint: return routeToForm(.message(message), in: &state).effects
        case .chrome(let chrome): return handleChrome(chrome, in: &state)
        default: return []
        }
    }

    private func handleChrome(_ message: ChromeMessage, in state: inout AppState) -> [Effect<AppMessage>] {
        switch message {
        case .peopleLoaded(let people):
            let wasStart = state.picksPersonOnStart
            state.picksPersonOnStart = false
            if people.isEmpty {
                return wasStart ? [] : showStatus("Nobody in this database yet — import people first", .error, in: &state)
            }
            var palette = CommandPaletteState.people(people, theme: state.theme)
            palette.picker.pageSize = max(1, CommandPaletteState.box(in: AppLayout.content(state.size)).height - 3)
            state.overlay = .palette(palette)
            return []
        case .peopleFailed(let reason):
            state.picksPersonOnStart = false
            return showStatus("Could not load people: \(reason)", .error, in: &state)
        case .statusExpired(let id):
            if state.status?.id == id { state.status = nil }
            return []
        case .clashesComputed:
            var effects = apply([.dataChanged], in: &state) + preloadScreens(in: &state)
            if case .failed(let reason) = env.clashHandle?.phase {
                effects += showStatus("Could not compute the clashes: \(reason)", .error, in: &state)
            }
            return effects
        }
    }

    /// Screens loaded in the background once the clashes are computed, when not visited yet,
    /// so their first visit draws their rows at once: the list screens (Decisions reads light
    /// rows) and this week's meeting when it exists (opening the screen creates a missing one,
    /// which waits for the user).
    static let preloadedScreens: [Screen] = [.plans, .insights, .people, .clashes, .decisions, .meeting]

    /// Loads the not yet visited `preloadedScreens` as if shown, at the current data version.
    func preloadScreens(in state: inout AppState) -> [Effect<AppMessage>] {
        var effects: [Effect<AppMessage>] = []
        for screen in Self.preloadedScreens where screen != state.screen && state.loadedVersion[screen] == nil {
            if screen == .meeting, (try? env.store.hasMeeting(week: MeetingWeek(containing: env.clock()))) != true { continue }
            state.loadedVersion[screen] = state.dataVersion
            effects += route(.activated(nil), to: screen, in: &state)
        }
        return effects
    }

    /// Computes the session's clashes on a thread of their own (seconds of work that would
    /// otherwise hold one of the few threads effects share); the screens reload when ready.
    /// The log form's HCP list and the names the Insights and People screens show are read
    /// first on the same thread (a tenth of a second), so `n`, typing and the first visit of
    /// those screens need not wait for them.
    func computeClashes(_ handle: ClashServiceHandle) -> Effect<AppMessage> {
        let store = env.store
        let clock = env.clock
        let hcpPickers = env.hcpPickers
        let referenceNames = env.referenceNames
        return .run {
            await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
                Thread.detachNewThread {
                    hcpPickers.preload(store: store)
                    referenceNames.preload(store: store, hcps: hcpPickers)
                    handle.compute(store: store, now: clock())
                    done.resume()
                }
            }
            return .chrome(.clashesComputed)
        }
    }

    /// Loads everyone for the person picker.
    func loadPeople() -> Effect<AppMessage> {
        let store = env.store
        return .run {
            do { return .chrome(.peopleLoaded(try store.people())) } catch { return .chrome(.peopleFailed("\(error)")) }
        }
    }
}
