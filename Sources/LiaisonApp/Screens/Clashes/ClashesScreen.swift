import LiaisonCore
import TerminalKit

/// The Clashes screen: every clash ranked by severity with region, kind, level and status
/// filters; a detail view with both positions, the evidence (Enter drills into it), the score
/// explanation, the rule and the triage history; and the triage keys.
public enum ClashesScreen: ScreenModule {
    public static func keyMap(_ state: ClashesState, context: ScreenContext) -> KeyMap {
        if state.triage.isDialogOpen { return ClashTriageAction.dialogKeyMap }
        var bindings: [KeyBinding]
        if state.openClashID != nil {
            bindings = [
                KeyBinding(keys: [.char("j"), .down, .char("k"), .up], label: "j/k", help: "Select evidence"),
                KeyBinding(.enter, help: "Open the evidence (insight, HCP, plan or decision)"),
                KeyBinding(keys: [.pageDown, .pageUp], label: "PgDn/PgUp", help: "Scroll the detail"),
                KeyBinding(keys: [.escape, .char("h")], label: "Esc", help: "Back to the list"),
            ]
        } else {
            bindings = [
                KeyBinding(keys: [.char("j"), .down, .char("k"), .up], label: "j/k", help: "Select a clash"),
                KeyBinding(.enter, help: "Clash detail"),
                KeyBinding(.char("r"), help: "Filter by region (cycles)"),
                KeyBinding(.char("t"), help: "Filter by kind (cycles)"),
                KeyBinding(.char("v"), help: "Filter by level (cycles)"),
                KeyBinding(.char("s"), help: "Filter by status (cycles)"),
                KeyBinding(.char("x"), help: "Clear the filters"),
            ]
        }
        bindings += ClashTriageAction.bindings
        return KeyMap(title: "Clashes", bindings: bindings)
    }

    public static func hints(_ state: ClashesState, context: ScreenContext) -> [KeyBinding] {
        if state.triage.isDialogOpen { return ClashTriageAction.dialogHints }
        let triage = [KeyBinding(.char("a"), help: "ack"), KeyBinding(.char("d"), help: "dismiss"),
                      KeyBinding(.char("e"), help: "escalate")]
        if state.openClashID != nil {
            return [KeyBinding(.enter, help: "open evidence"), KeyBinding(.escape, help: "list")] + triage
        }
        return [KeyBinding(.enter, help: "detail"), KeyBinding(keys: [.char("r"), .char("t"), .char("v"), .char("s")], label: "r/t/v/s", help: "filter")]
            + triage
    }

    public static func isCapturingText(_ state: ClashesState) -> Bool { state.triage.isDialogOpen }

    public static func update(_ state: ClashesState, _ input: ScreenInput, context: ScreenContext) -> ScreenResult<ClashesState> {
        var next = state
        next.outbox = []
        var requests: [AppRequest] = []
        switch input {
        case .activated(let focus):
            next.outbox.append(.list)
            if case .clash(let id) = focus { open(id, &next) }
        case .dataChanged:
            next.outbox.append(.list)
            if let id = next.openClashID { next.outbox.append(.detail(id)) }
        case .key(let key):
            guard let asked = handleKey(key, &next, context: context) else { return .ignored(state) }
            requests = asked
        case .paste(let text):
            guard next.triage.isDialogOpen else { return .ignored(state) }
            next.triage.paste(text)
        case .mouse(let mouse):
            guard mouse.kind == .press(button: 0), next.openClashID == nil, !next.triage.isDialogOpen,
                  let index = ClashesView.rowIndex(atY: mouse.y, state: next, area: context.area) else { return .ignored(state) }
            next.scroll.selected = index
        case .resized: break
        case .message(.clashes(let message)): requests = receive(message, &next, context: context)
        case .message: return .ignored(state)
        }
        return ScreenResult(next, effects: effects(next.outbox, env: context.env), requests: requests)
    }

    public static func view(_ state: ClashesState, area: Rect, buffer: inout Buffer, context: ScreenContext) {
        ClashesView(state: state, context: context).render(in: area, buffer: &buffer)
    }

    /// Effects for the loads in `outbox`.
    static func effects(_ outbox: [ClashesLoad], env: AppEnvironment) -> [Effect<AppMessage>] {
        outbox.map { load in .run { .clashes(ClashesLoader.perform(load, env: env)) } }
    }

    /// Opens the detail of `id` and asks for it.
    static func open(_ id: String, _ state: inout ClashesState) {
        state.openClashID = id
        if state.detail?.status.clashID != id { state.detail = nil }
        state.evidenceIndex = 0
        state.detailOffset = 0
        state.outbox.append(.detail(id))
    }

    private static func receive(_ message: ClashesMessage, _ state: inout ClashesState, context: ScreenContext) -> [AppRequest] {
        switch message {
        case .listed(let data):
            let keep = state.selected?.clashID
            state.data = data
            state.error = nil
            state.isComputing = false
            let rows = state.visible
            let index = keep.flatMap { id in rows.firstIndex { $0.clashID == id } } ?? min(state.scroll.selected ?? 0, max(0, rows.count - 1))
            state.scroll.move(.to(index), itemCount: rows.count, visibleRows: ClashesView.visibleRows(context.area))
        case .detailLoaded(let detail):
            guard detail.status.clashID == state.openClashID else { return [] }
            state.detail = detail
            state.evidenceIndex = min(state.evidenceIndex, max(0, detail.evidence.count - 1))
        case .triaged:
            state.outbox.append(.list)
            if let id = state.openClashID { state.outbox.append(.detail(id)) }
            return state.triage.apply(message)
        case .triageFailed:
            return state.triage.apply(message)
        case .escalated(let clashID, let decision):
            state.outbox.append(.list)
            if state.openClashID == clashID { state.outbox.append(.detail(clashID)) }
            return state.triage.apply(message) + [.open(.decisions, focus: .decision(decision.id))]
        case .computing:
            state.isComputing = true
            state.error = nil
        case .failed(let reason):
            state.error = reason
            state.isComputing = false
        }
        return []
    }
}
