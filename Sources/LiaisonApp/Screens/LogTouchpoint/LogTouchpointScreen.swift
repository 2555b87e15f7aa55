import Foundation
import LiaisonCore
import TerminalKit

/// The touchpoint form for MSL interactions (and other functions), opened from the `:`
/// palette ("Log touchpoint"); covers the content area and takes every key. Ctrl-S (or Enter
/// in the last field) saves through the clash service, so touchpoint noise is recomputed;
/// Esc closes without saving.
public enum LogTouchpointScreen: ScreenModule {
    /// Opens the form, loading the HCP directory; `hcpID` preselects an HCP.
    public static func open(hcpID: HCPID? = nil, context: ScreenContext) -> ScreenResult<LogTouchpointState> {
        let state = LogTouchpointState(hcpID: hcpID, theme: context.theme)
        guard context.person != nil else { return ScreenResult(state, requests: [.closeLogTouchpoint]) }
        let env = context.env
        let load: Effect<AppMessage> = .run {
            do {
                let choices = try LogTouchpointChoices.load(store: env.store, now: env.clock(), timeZone: .current, hcps: env.hcpPickers)
                return .logTouchpoint(.loaded(LogTouchpointChoicesBox(choices: choices)))
            } catch {
                return .logTouchpoint(.loadFailed("\(error)"))
            }
        }
        return ScreenResult(state, effects: [load])
    }

    public static func keyMap(_ state: LogTouchpointState, context: ScreenContext) -> KeyMap {
        KeyMap(title: "Log touchpoint", bindings: [
            KeyBinding(.ctrl("s"), help: "Save"),
            KeyBinding(keys: [.tab, .backTab], label: "Tab/S-Tab", help: "Field"),
            KeyBinding(.enter, help: "Pick"),
            KeyBinding(.escape, help: "Close without saving"),
            KeyBinding(keys: [.left, .right], label: "←/→", help: "Change function or channel"),
        ])
    }

    public static func hints(_ state: LogTouchpointState, context: ScreenContext) -> [KeyBinding] {
        if state.picker != nil {
            return [KeyBinding(.enter, help: "Pick"), KeyBinding(keys: [.up, .down], label: "↑/↓", help: "Move"),
                    KeyBinding(.escape, help: "Close list")]
        }
        return keyMap(state, context: context).bindings
    }

    public static func isCapturingText(_ state: LogTouchpointState) -> Bool { true }

    public static func update(_ state: LogTouchpointState, _ input: ScreenInput, context: ScreenContext) -> ScreenResult<LogTouchpointState> {
        switch input {
        case .message(.logTouchpoint(let message)): return receive(message, state, context: context)
        case .key(.escape) where state.picker == nil:
            return ScreenResult(state, requests: [.status("Touchpoint not logged"), .closeLogTouchpoint])
        case .key, .paste, .mouse:
            if state.choices == nil {
                var next = state
                next.pending.append(input)
                return ScreenResult(next)
            }
            return edit(state, input, context: context)
        case .activated, .dataChanged, .message, .resized:
            return ScreenResult(state)
        }
    }

    public static func view(_ state: LogTouchpointState, area: Rect, buffer: inout Buffer, context: ScreenContext) {
        LogTouchpointView.render(state, area: area, buffer: &buffer, context: context)
    }

    private static func receive(_ message: LogTouchpointMessage, _ state: LogTouchpointState, context: ScreenContext) -> ScreenResult<LogTouchpointState> {
        var next = state
        switch message {
        case .loaded(let box):
            next.choices = box.choices
            next.makeForm(choices: box.choices, theme: context.theme)
            var result = ScreenResult(next)
            for input in state.pending {
                let replayed = update(result.state, input, context: context)
                result.state = replayed.state
                result.effects += replayed.effects
                result.requests += replayed.requests
            }
            result.state.pending = []
            return result
        case .loadFailed(let reason):
            next.banner = "Could not open the form: \(reason)"
            return ScreenResult(next, requests: [.status("Could not open the form", .error)])
        case .saved(let touchpoint, let hcpName):
            let what = "\(LogTouchpointField.functionName(touchpoint.function)) touchpoint logged — \(hcpName)"
            return ScreenResult(next, requests: [.status(what, .success), .dataChanged, .closeLogTouchpoint])
        case .rejected(let error):
            next.isSaving = false
            let field = LogTouchpointField.owning(error)
            next.form.fields[field.rawValue].message = error.reason
            next.form.focus(field.rawValue)
            return ScreenResult(next, requests: [.status("Not saved — see \(field.label)", .error)])
        case .saveFailed(let reason):
            next.isSaving = false
            next.banner = "Not saved (your text is kept): \(reason)"
            return ScreenResult(next, requests: [.status("Not saved", .error)])
        }
    }
}
