import LiaisonCore
import TerminalKit

extension DecisionsScreen {
    /// Handles a key; nil when the key means nothing here (the app's fallback applies).
    static func handleKey(_ key: Key, _ state: inout DecisionsState, context: ScreenContext) -> [AppRequest]? {
        if state.form != nil { return formKey(key, &state, context: context) }
        if let decision = state.openDecision { return detailKey(key, decision, &state, context: context) }
        let rows = state.visible.count
        switch key {
        case .left, .char("h"), .right, .char("l"):
            let all = DecisionSection.allCases
            let step = (key == .left || key == .char("h")) ? all.count - 1 : 1
            state.section = all[((all.firstIndex(of: state.section) ?? 0) + step) % all.count]
            state.scroll = ScrollState()
        case .enter:
            guard let decision = state.selected else { return [.status("No decision here")] }
            open(decision.id, &state)
        case .char("s"):
            guard let decision = state.selected else { return [.status("No decision here")] }
            return openForm(.stance, decision, &state, context: context)
        default:
            guard let movement = ScrollMovement(key: key) else { return nil }
            state.scroll.move(movement, itemCount: rows, visibleRows: DecisionsView.visibleRows(context.area))
        }
        return []
    }

    private static func detailKey(_ key: Key, _ decision: Decision, _ state: inout DecisionsState, context: ScreenContext) -> [AppRequest]? {
        let mayResolve = DecisionRoles.canResolve(context.person, topic: decision.topic, roles: context.env.roles)
        switch key {
        case .escape, .backspace:
            state.openDecisionID = nil
            state.detail = nil
            state.form = nil
            state.warnings = []
        case .char("s"): return openForm(.stance, decision, &state, context: context)
        case .char("r"), .char("c"), .char("v"):
            guard mayResolve else {
                let who = DecisionRoles.deciders(decision.topic, roles: context.env.roles)
                return [.status("Only the \(who) decide \(decision.topic.rawValue) decisions — record your stance with s", .error)]
            }
            let kind: DecisionFormKind = key == .char("v") ? .revisit : key == .char("r") ? .resolve : .cases
            if kind == .revisit, decision.status != .decided { return [.status("Only a decided decision can be revisited")] }
            if kind != .revisit, decision.status == .decided { return [.status("Already decided — revisit it first with v")] }
            return openForm(kind, decision, &state, context: context)
        case .char("o"):
            guard let clashID = state.detail?.clashes.first?.clashID ?? decision.clashIDs.first else {
                return [.status("No clash is linked to this decision")]
            }
            return [.open(.clashes, focus: .clash(clashID))]
        default:
            let page = DecisionDetailPage.page(state: state, context: context)
            let step: Int
            switch key {
            case .char("j"), .down: step = 1
            case .char("k"), .up: step = -1
            case .pageDown: step = max(1, page.height - 2)
            case .pageUp: step = -max(1, page.height - 2)
            default: return nil
            }
            state.detailOffset = DetailLines.scrollOffset(state.detailOffset + step, keeping: nil, height: page.height, total: page.lines.rows.count)
        }
        return []
    }

    private static func openForm(_ kind: DecisionFormKind, _ decision: Decision, _ state: inout DecisionsState, context: ScreenContext) -> [AppRequest] {
        guard context.person != nil else { return [.status("Pick who you are first (: then Switch person…)", .error)] }
        state.form = DecisionForm(kind, decision: decision, theme: context.theme)
        return []
    }

    private static func formKey(_ key: Key, _ state: inout DecisionsState, context: ScreenContext) -> [AppRequest] {
        guard var form = state.form else { return [] }
        switch key {
        case .escape:
            state.form = nil
            return []
        case .ctrl("s"):
            return submit(form, &state, context: context)
        default:
            switch form.form.handle(key) {
            case .submit:
                state.form = form
                return submit(form, &state, context: context)
            case .choose(let field):
                if case .choice(var choice) = form.form.fields[field].kind {
                    choice.cycle(by: 1)
                    form.form.fields[field].kind = .choice(choice)
                }
            case .handled, .ignored:
                break
            }
        }
        state.form = form
        return []
    }

    private static func submit(_ form: DecisionForm, _ state: inout DecisionsState, context: ScreenContext) -> [AppRequest] {
        guard let person = context.person else { return [.status("Pick who you are first", .error)] }
        switch form.request(by: person.id) {
        case .load(let load):
            var saving = form
            saving.isSaving = true
            state.form = saving
            state.outbox.append(load)
        case .invalid(let marked):
            state.form = marked
        }
        return []
    }
}
