import LiaisonCore
import TerminalKit

extension DecisionsScreen {
    /// Handles a key; nil when the key means nothing here (the app's fallback applies).
    static func handleKey(_ key: Key, _ state: inout DecisionsState, context: ScreenContext) -> [AppRequest]? {
        if state.ritual.isOpen { return state.ritual.handle(key: key, context: context, outbox: &state.outbox) }
        if state.openDecisionID != nil { return detailKey(key, state.openDecision, &state, context: context) }
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
            // The list holds rows only: the form opens once the loader has read the decision.
            guard let row = state.selected else { return [.status("No decision here")] }
            state.outbox.append(.form(.stance, row.id))
        default:
            guard let movement = ScrollMovement(key: key) else { return nil }
            state.scroll.move(movement, itemCount: rows, visibleRows: DecisionsView.visibleRows(context.area))
        }
        return []
    }

    /// Keys over the detail of the open decision; `decision` is nil until its detail has loaded.
    private static func detailKey(_ key: Key, _ decision: Decision?, _ state: inout DecisionsState, context: ScreenContext) -> [AppRequest]? {
        switch key {
        case .escape, .backspace:
            state.openDecisionID = nil
            state.detail = nil
            state.ritual.close()
            state.warnings = []
        case .char("s"), .char("r"), .char("c"), .char("v"):
            guard let decision else { return [.status("The decision is still loading")] }
            let kind: DecisionFormKind = switch key {
            case .char("r"): .resolve
            case .char("c"): .cases
            case .char("v"): .revisit
            default: .stance
            }
            return state.ritual.open(kind, for: decision, context: context)
        case .char("o"):
            guard let clashID = state.detail?.clashes.first?.clashID ?? decision?.clashIDs.first else {
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
}
