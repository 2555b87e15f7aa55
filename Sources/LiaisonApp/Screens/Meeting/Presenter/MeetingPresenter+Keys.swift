import Foundation
import LiaisonCore
import TerminalKit

extension MeetingPresenter {
    static func keyMap(_ state: MeetingState, context: ScreenContext) -> KeyMap {
        let session = state.presenterSession
        if session.ritual.isOpen { return session.ritual.keyMap }
        if session.triage.isDialogOpen { return ClashTriageAction.dialogKeyMap }
        if state.form != nil { return MeetingScreen.agendaKeyMap(state, context: context) }
        var bindings = [
            KeyBinding(keys: [.char("n"), .right, .char(" "), .pageDown], label: "n/→/Space", help: "Next item"),
            KeyBinding(keys: [.char("p"), .left, .pageUp], label: "p/←", help: "Previous item"),
        ]
        bindings += itemBindings(state, context: context)
        bindings += [
            KeyBinding(.char("N"), help: "Add a note to the item"),
            KeyBinding(.char("?"), help: "Show / hide these keys"),
            KeyBinding(keys: [.escape, .char("q")], label: "Esc", help: "Back to the agenda"),
        ]
        return KeyMap(title: "Presenter", bindings: bindings)
    }

    static func hints(_ state: MeetingState, context: ScreenContext) -> [KeyBinding] {
        let session = state.presenterSession
        if session.ritual.isOpen { return session.ritual.hints }
        if session.triage.isDialogOpen { return ClashTriageAction.dialogHints }
        if state.form != nil { return MeetingScreen.agendaHints(state, context: context) }
        var hints = [KeyBinding(keys: [.char("n"), .char("p")], label: "n/p", help: "item")]
        if let data = currentData(state) {
            if data.clash != nil, currentItem(state)?.kind == .clash {
                hints.append(KeyBinding(keys: [.char("a"), .char("d"), .char("e"), .char("c")], label: "a/d/e/c", help: "triage"))
            }
            if let decision = data.decision {
                hints += DecisionRitual.bindings(for: decision, context: context, withCases: false).map { binding in
                    KeyBinding(keys: binding.keys, label: binding.label, help: shortHelp(binding))
                }
            }
        }
        return hints + [KeyBinding(.char("N"), help: "note"), KeyBinding(.escape, help: "agenda")]
    }

    /// Handles a key; nil when presenter mode has no use for it.
    static func handleKey(_ key: Key, _ state: inout MeetingState, context: ScreenContext) -> [AppRequest]? {
        if state.presenterSession.showsHelp {
            state.presenterSession.showsHelp = false
            return []
        }
        if state.presenterSession.ritual.isOpen {
            var loads: [DecisionsLoad] = []
            let requests = state.presenterSession.ritual.handle(key: key, context: context, outbox: &loads)
            state.presenterSession.outbox += loads.map(PresenterLoad.decision)
            return requests
        }
        if state.presenterSession.triage.isDialogOpen {
            var loads: [ClashesLoad] = []
            let requests = state.presenterSession.triage.handleDialog(key: key, context: context, outbox: &loads)
            state.presenterSession.outbox += loads.map(PresenterLoad.triage)
            return requests
        }
        if state.form != nil { return MeetingScreen.formKey(key, &state, context: context) }
        let now = now(state)
        switch key {
        case .char("n"), .right, .char(" "), .pageDown:
            move(&state) { $0.next(at: now) }
        case .char("p"), .left, .pageUp:
            move(&state) { $0.previous(at: now) }
        case .escape, .char("q"):
            leave(&state)
        case .char("?"):
            state.presenterSession.showsHelp = true
        case .char("N"):
            return openNote(&state, context: context)
        case .char("s"), .char("r"), .char("v"):
            return ritual(key, &state, context: context)
        default:
            guard ClashTriageAction.step(for: key) != nil else { return nil }
            return triage(key, &state, context: context)
        }
        return []
    }

    /// The item-specific keys for help: triage on a clash, the ritual on a decision.
    private static func itemBindings(_ state: MeetingState, context: ScreenContext) -> [KeyBinding] {
        guard let item = currentItem(state) else { return [] }
        let data = currentData(state)
        var bindings: [KeyBinding] = []
        if item.kind == .clash || item.kind == .escalation {
            bindings += ClashTriageAction.bindings.map { binding in
                binding.keys == [.char("e")] ? KeyBinding(.char("e"), help: "Escalate to a decision") : binding
            }
        }
        if let decision = data?.decision { bindings += DecisionRitual.bindings(for: decision, context: context, withCases: false) }
        return bindings
    }

    private static func shortHelp(_ binding: KeyBinding) -> String {
        switch binding.keys.first {
        case .char("s"): "stance"
        case .char("r"): "resolve"
        case .char("v"): "revisit"
        default: binding.help
        }
    }

    /// The loaded data of the item on screen.
    static func currentData(_ state: MeetingState) -> PresenterItemData? {
        state.presenter?.currentID.flatMap { state.presenterSession.items[$0] }
    }

    private static func move(_ state: inout MeetingState, _ step: (inout PresenterState) -> Void) {
        guard var presenter = state.presenter else { return }
        let before = presenter.currentID
        step(&presenter)
        state.presenter = presenter
        if presenter.currentID != before { loadCurrent(&state) }
    }

    /// Back to the agenda with the item that was on screen selected.
    private static func leave(_ state: inout MeetingState) {
        if let id = state.presenter?.currentID { MeetingScreen.select(id, &state) }
        state.mode = .agenda
        state.presenter = nil
        state.presenterSession = PresenterSession()
    }

    private static func openNote(_ state: inout MeetingState, context: ScreenContext) -> [AppRequest] {
        guard context.person != nil else { return [.status("Pick who you are first (: then Switch person…)", .error)] }
        guard let item = currentItem(state) else { return [.status("Nothing to note on")] }
        state.form = MeetingForm(
            .note, itemID: item.id, people: state.people, week: state.week?.description ?? "week", theme: context.theme)
        return []
    }

    /// s / r / v on a decision or escalation item: the Decisions screen's forms, role checks included.
    private static func ritual(_ key: Key, _ state: inout MeetingState, context: ScreenContext) -> [AppRequest] {
        guard let item = currentItem(state), item.kind == .decision || item.kind == .escalation else {
            return [.status("s, r and v work on decision and escalation items")]
        }
        if item.kind == .decision, item.reference == nil {
            return [.status("This item groups several decisions — take them on the Decisions screen")]
        }
        guard let decision = currentData(state)?.decision else {
            let loaded = currentData(state) != nil
            return [.status(loaded ? "No decision is linked to this item yet" : "Loading the decision…")]
        }
        let kind: DecisionFormKind = key == .char("s") ? .stance : key == .char("r") ? .resolve : .revisit
        return state.presenterSession.ritual.open(kind, for: decision, context: context)
    }

    /// a / d / e / c on a clash or escalation item, through the Clashes screen's triage.
    private static func triage(_ key: Key, _ state: inout MeetingState, context: ScreenContext) -> [AppRequest] {
        guard let item = currentItem(state), item.kind == .clash || item.kind == .escalation else {
            return [.status("a, d, e and c triage clash items")]
        }
        guard let data = currentData(state) else { return [.status("Loading the clash…")] }
        guard let clash = data.clash else {
            return [.status(item.reference == nil ? "This item groups several clashes — triage them on the Clashes screen"
                : "This clash is no longer known", .error)]
        }
        if key == .char("e"), clash.disposition == .escalated {
            return [.status("Already escalated" + (data.decision.map { " to “\($0.title)”" } ?? ""))]
        }
        var loads: [ClashesLoad] = []
        let requests = state.presenterSession.triage.start(key: key, on: clash, context: context, outbox: &loads) ?? []
        state.presenterSession.outbox += loads.map(PresenterLoad.triage)
        return requests
    }
}
