import LiaisonCore
import LiaisonStore
import TerminalKit

/// The needle part of the Plans screen: loading its inputs once, `w` for the weights form,
/// and the form's keys (every change recomputes the gauges from the cached inputs).
extension PlansScreen {
    /// Loads the needle inputs with the app's configured needle section.
    static func loadNeedle(_ env: AppEnvironment) -> Effect<AppMessage> {
        let store = env.store
        let configured = env.clashSettings?.needle ?? .defaults
        return .run {
            do {
                return .plans(.needleLoaded(PlansNeedleBox(inputs: try store.needleInputs(), configured: configured)))
            } catch {
                return .plans(.needleFailed("\(error)"))
            }
        }
    }

    /// While the weights form is open: its keys; otherwise the screen's first five.
    public static func hints(_ state: PlansState, context: ScreenContext) -> [KeyBinding] {
        guard state.needle.form != nil else { return Array(keyMap(state, context: context).bindings.prefix(5)) }
        return [
            KeyBinding(keys: [.tab, .backTab], label: "Tab/S-Tab", help: "Field"),
            KeyBinding(.escape, help: "Close, keep weights"),
            KeyBinding(.ctrl("r"), help: "Reset to config"),
        ]
    }

    /// The place whose needle an opened plan shows; nil on the plans list.
    static func needlePlace(_ mode: PlansState.Mode) -> NeedlePlace? {
        switch mode {
        case .plan(let regionID): regionID.map { .region($0) } ?? .national
        case .list, .insights: nil
        }
    }

    /// `w` on an opened plan opens the weights form; while it is open it takes every key.
    /// Nil when the key is not the needle's.
    static func handleNeedleKey(_ key: Key, _ state: PlansState, context: ScreenContext) -> ScreenResult<PlansState>? {
        var next = state
        guard next.needle.form != nil else {
            guard key == .char("w"), needlePlace(state.mode) != nil else { return nil }
            guard state.needle.inputs != nil else {
                return ScreenResult(state, requests: [.status("The needle is still loading")])
            }
            next.needle.openForm(theme: context.theme)
            return ScreenResult(next)
        }
        switch key {
        case .escape:
            next.needle.form = nil
            let text = next.needle.isCustomised ? "Custom weights kept for this session — Ctrl-R in the form resets them" : "Weights closed"
            return ScreenResult(next, requests: [.status(text)])
        case .ctrl("r"):
            next.needle.reset(theme: context.theme)
            return ScreenResult(next, requests: [.status("Weights reset to the configuration")])
        default:
            guard var form = next.needle.form else { return ScreenResult(state) }
            if form.handle(key) == .submit {
                next.needle.applyForm()
                if next.needle.form?.fields.allSatisfy({ $0.message == nil }) == true { next.needle.form = nil }
                return ScreenResult(next)
            }
            next.needle.form = form
            next.needle.applyForm()
            return ScreenResult(next)
        }
    }

    /// Pasted text goes into the focused weight field.
    static func handleNeedlePaste(_ text: String, _ state: PlansState) -> ScreenResult<PlansState>? {
        guard var form = state.needle.form else { return nil }
        var next = state
        form.insert(paste: text)
        next.needle.form = form
        next.needle.applyForm()
        return ScreenResult(next)
    }
}

/// Carries the needle inputs and the configured needle section through `PlansMessage`.
public struct PlansNeedleBox: Sendable {
    let inputs: NeedleInputs
    let configured: NeedleConfig
}
