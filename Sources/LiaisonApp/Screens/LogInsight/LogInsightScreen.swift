import Foundation
import LiaisonCore
import TerminalKit

/// The log-insight form, opened with `n` from anywhere; covers the content area and takes every
/// key. Every change is kept as a draft at once; Ctrl-S saves the insight, Ctrl-D saves it as
/// a draft insight, Esc closes and keeps the draft.
public enum LogInsightScreen: ScreenModule {
    /// Opens the form (loading its choices and any kept draft), continuing the stored draft
    /// insight `draftID` when given.
    public static func open(draftID: UUID?, context: ScreenContext) -> ScreenResult<LogInsightState> {
        let state = LogInsightState(draftInsightID: draftID, theme: context.theme)
        guard let person = context.person else { return ScreenResult(state, requests: [.closeLogInsight]) }
        let env = context.env
        let kind = state.draftKind
        let load: Effect<AppMessage> = .run {
            do {
                let setup = try LogInsightSetup.load(
                    store: env.store, taxonomy: env.taxonomy, personID: person.id, draftInsightID: draftID,
                    kind: kind, now: env.clock(), timeZone: .current, hcps: env.hcpPickers)
                return .logInsight(.loaded(LogInsightSetupBox(setup: setup)))
            } catch {
                return .logInsight(.loadFailed("\(error)"))
            }
        }
        return ScreenResult(state, effects: [load])
    }

    public static func keyMap(_ state: LogInsightState, context: ScreenContext) -> KeyMap {
        KeyMap(title: "Log insight", bindings: [
            KeyBinding(.ctrl("s"), help: "Save"),
            KeyBinding(keys: [.tab, .backTab], label: "Tab/S-Tab", help: "Field"),
            KeyBinding(.enter, help: "Pick"),
            KeyBinding(.ctrl("d"), help: "Save as draft"),
            KeyBinding(.escape, help: "Close, keep draft"),
            KeyBinding(keys: [.left, .right], label: "←/→", help: "Change sentiment or channel"),
            KeyBinding(.backspace, help: "Clear a chosen value"),
        ])
    }

    public static func hints(_ state: LogInsightState, context: ScreenContext) -> [KeyBinding] {
        if state.picker != nil {
            return [KeyBinding(.enter, help: "Pick"), KeyBinding(keys: [.up, .down], label: "↑/↓", help: "Move"),
                    KeyBinding(.escape, help: "Close list"), KeyBinding(.ctrl("s"), help: "Save")]
        }
        return Array(keyMap(state, context: context).bindings.prefix(5))
    }

    public static func isCapturingText(_ state: LogInsightState) -> Bool { true }

    public static func update(_ state: LogInsightState, _ input: ScreenInput, context: ScreenContext) -> ScreenResult<LogInsightState> {
        switch input {
        case .message(.logInsight(let message)): return receive(message, state, context: context)
        case .resized:
            var next = state
            LogInsightForm.resize(&next.form, formHeight: LogInsightLayout(area: context.area).form.height)
            return ScreenResult(next)
        case .key(.escape) where state.choices == nil:
            return ScreenResult(state, requests: [.closeLogInsight])
        case .key, .paste, .mouse:
            if state.choices == nil {
                var next = state
                next.pending.append(input)
                return ScreenResult(next)
            }
            return edit(state, input, context: context)
        case .activated, .dataChanged, .message:
            return ScreenResult(state)
        }
    }

    public static func view(_ state: LogInsightState, area: Rect, buffer: inout Buffer, context: ScreenContext) {
        LogInsightView.render(state, area: area, buffer: &buffer, context: context)
    }

    private static func receive(_ message: LogInsightMessage, _ state: LogInsightState, context: ScreenContext) -> ScreenResult<LogInsightState> {
        var next = state
        switch message {
        case .loaded(let box):
            let setup = box.setup
            next.choices = setup.choices
            next.values = setup.values
            next.revision = setup.revision
            next.origin = setup.origin
            let focus: LogInsightField = setup.values.whatWasSaid.isEmpty ? .hcp : .whatWasSaid
            next.form = LogInsightForm.make(values: setup.values, choices: setup.choices, theme: context.theme,
                                            height: LogInsightLayout(area: context.area).form.height, focus: focus)
            var result = ScreenResult(next)
            if case .keptDraft = setup.origin { result.requests.append(.status("Draft restored — Ctrl-S to save, Esc to keep it for later")) }
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
        case .saved(let insight):
            let what = insight.status == .draft ? "Saved as a draft insight" : "Insight saved"
            return ScreenResult(next, requests: [.status("\(what) — \(context.env.themeName(insight.theme))", .success), .dataChanged, .closeLogInsight])
        case .rejected(let error):
            next.isSaving = false
            let field = LogInsightField.owning(error)
            next.form.fields[field.rawValue].message = error.reason
            if error.field == "text" { next.banner = "Not saved: \(error.reason)" }
            return ScreenResult(next, requests: [.status("Not saved — see \(field.label)", .error)])
        case .saveFailed(let reason):
            next.isSaving = false
            next.banner = "Not saved (your text is kept): \(reason)"
            return ScreenResult(next, requests: [.status("Not saved", .error)])
        case .draftSaveFailed(let reason):
            next.banner = "Could not keep the draft: \(reason)"
            return ScreenResult(next)
        }
    }
}
