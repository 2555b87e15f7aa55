import Foundation
import LiaisonCore
import TerminalKit

/// The Decisions screen: open, due-for-review and decided decisions; the decision detail
/// with both cases, the stances grid, the RACI panel, the resolution, linked clashes and the
/// history; and the ritual's forms (stance, resolve, revisit, cases).
public enum DecisionsScreen: ScreenModule {
    public static func keyMap(_ state: DecisionsState, context: ScreenContext) -> KeyMap {
        if state.ritual.isOpen { return state.ritual.keyMap }
        guard state.openDecisionID != nil else {
            return KeyMap(title: "Decisions", bindings: [
                KeyBinding(keys: [.char("j"), .down, .char("k"), .up], label: "j/k", help: "Select a decision"),
                KeyBinding(keys: [.left, .right, .char("h"), .char("l")], label: "←/→", help: "Open / due / decided"),
                KeyBinding(.enter, help: "Decision detail"),
                KeyBinding(.char("s"), help: "Record your stance on the selected decision"),
            ])
        }
        guard let decision = state.openDecision else {
            return KeyMap(title: "Decision", bindings: [KeyBinding(.escape, help: "Back to the list")])
        }
        var bindings = DecisionRitual.bindings(for: decision, context: context)
        bindings.insert(KeyBinding(keys: [.char("j"), .down, .char("k"), .up, .pageDown, .pageUp], label: "j/k", help: "Scroll"), at: 1)
        bindings.append(KeyBinding(.char("o"), help: "Open the first linked clash"))
        bindings.append(KeyBinding(.escape, help: "Back to the list"))
        return KeyMap(title: "Decision", bindings: bindings)
    }

    public static func hints(_ state: DecisionsState, context: ScreenContext) -> [KeyBinding] {
        if state.ritual.isOpen { return state.ritual.hints }
        guard state.openDecisionID != nil else {
            return [KeyBinding(keys: [.left, .right], label: "←/→", help: "section"), KeyBinding(.enter, help: "detail"),
                    KeyBinding(.char("s"), help: "stance")]
        }
        guard let decision = state.openDecision else { return [KeyBinding(.escape, help: "list")] }
        var hints = [KeyBinding(.char("s"), help: "stance")]
        if DecisionRoles.canResolve(context.person, topic: decision.topic, roles: context.env.roles) {
            hints += decision.status == .decided
                ? [KeyBinding(.char("v"), help: "revisit")]
                : [KeyBinding(.char("r"), help: "resolve"), KeyBinding(.char("c"), help: "cases")]
        }
        return hints + [KeyBinding(.escape, help: "list")]
    }

    public static func isCapturingText(_ state: DecisionsState) -> Bool { state.ritual.isOpen }

    public static func update(_ state: DecisionsState, _ input: ScreenInput, context: ScreenContext) -> ScreenResult<DecisionsState> {
        var next = state
        next.outbox = []
        var requests: [AppRequest] = []
        switch input {
        case .activated(let focus):
            next.outbox.append(.list)
            if case .decision(let id) = focus { open(id, &next) }
        case .dataChanged:
            next.outbox.append(.list)
            if let id = next.openDecisionID { next.outbox.append(.detail(id)) }
        case .key(let key):
            guard let asked = handleKey(key, &next, context: context) else { return .ignored(state) }
            requests = asked
        case .paste(let text):
            guard next.ritual.isOpen else { return .ignored(state) }
            next.ritual.paste(text)
        case .mouse, .resized: return .ignored(state)
        case .message(.decisions(let message)): requests = receive(message, &next, context: context)
        case .message: return .ignored(state)
        }
        return ScreenResult(next, effects: effects(next.outbox, env: context.env), requests: requests)
    }

    public static func view(_ state: DecisionsState, area: Rect, buffer: inout Buffer, context: ScreenContext) {
        DecisionsView(state: state, context: context).render(in: area, buffer: &buffer)
    }

    /// Effects for the loads in `outbox`.
    static func effects(_ outbox: [DecisionsLoad], env: AppEnvironment) -> [Effect<AppMessage>] {
        outbox.map { load in .run { .decisions(DecisionsLoader.perform(load, env: env)) } }
    }

    /// Opens the detail of `id` and asks for it.
    static func open(_ id: UUID, _ state: inout DecisionsState) {
        if state.openDecisionID != id { state.warnings = [] }
        state.openDecisionID = id
        if state.detail?.decision.id != id { state.detail = nil }
        state.detailOffset = 0
        state.ritual.close()
        state.outbox.append(.detail(id))
    }

    private static func receive(_ message: DecisionsMessage, _ state: inout DecisionsState, context: ScreenContext) -> [AppRequest] {
        switch message {
        case .listed(let data):
            let keep = state.openDecisionID ?? state.selected?.id
            state.data = data
            state.error = nil
            let position = keep.flatMap(data.position(of:))
            if let position { state.section = position.section }
            let count = state.visible.count
            state.scroll = ScrollState(
                selected: position?.index ?? min(state.scroll.selected ?? 0, max(0, count - 1)), offset: state.scroll.offset)
        case .detailLoaded(let detail):
            guard detail.decision.id == state.openDecisionID else { return [] }
            state.detail = detail
        case .formReady(let kind, let decision):
            // The person may have opened another decision or a form while it loaded.
            guard !state.ritual.isOpen, state.openDecisionID == nil || state.openDecisionID == decision.id else { return [] }
            return state.ritual.open(kind, for: decision, context: context)
        case .saved(let kind, let decision, let warnings):
            if kind == .resolve { state.warnings = warnings }
            state.outbox.append(.list)
            if state.openDecisionID == decision.id { state.outbox.append(.detail(decision.id)) }
            return state.ritual.apply(message)
        case .rejected:
            return state.ritual.apply(message)
        case .failed(let reason):
            state.error = reason
        }
        return []
    }
}
