import Foundation
import LiaisonCore
import TerminalKit

extension ClashesScreen {
    /// Handles a key; nil when the key means nothing here (the app's fallback applies).
    static func handleKey(_ key: Key, _ state: inout ClashesState, context: ScreenContext) -> [AppRequest]? {
        if state.dismiss != nil { return dismissKey(key, &state, context: context) }
        if let triage = triageKey(key, &state, context: context) { return triage }
        if state.openClashID != nil { return detailKey(key, &state, context: context) }
        let rows = state.visible.count
        let visibleRows = ClashesView.visibleRows(context.area)
        switch key {
        case .enter:
            guard let selected = state.selected else { return [.status("No clash selected")] }
            open(selected.clashID, &state)
        case .char("r"):
            let order = state.data?.regionOrder ?? []
            narrow(&state, context: context) { $0.cycleRegion(order: order) }
        case .char("t"): narrow(&state, context: context) { $0.cycleKind() }
        case .char("v"): narrow(&state, context: context) { $0.cycleLevel() }
        case .char("s"): narrow(&state, context: context) { $0.cycleStatus() }
        case .char("x"): narrow(&state, context: context) { $0 = ClashFilters() }
        default:
            guard let movement = ScrollMovement(key: key) else { return nil }
            state.scroll.move(movement, itemCount: rows, visibleRows: visibleRows)
        }
        return []
    }

    /// a / d / e / c on the selected or open clash; nil for other keys.
    private static func triageKey(_ key: Key, _ state: inout ClashesState, context: ScreenContext) -> [AppRequest]? {
        let action: ClashTriageState
        switch key {
        case .char("a"): action = .acknowledged
        case .char("d"): action = .dismissed
        case .char("e"): action = .escalated
        case .char("c"): action = .resolved
        default: return nil
        }
        guard let status = state.current else { return [.status("No clash selected")] }
        guard let person = context.person else { return [.status("Pick who you are first (: then Switch person…)", .error)] }
        switch action {
        case .dismissed:
            state.dismiss = DismissForm(clashID: status.clashID, theme: context.theme)
        case .escalated:
            if status.disposition == .escalated, let decisionID = status.triage?.decisionID {
                return [.open(.decisions, focus: .decision(decisionID))]
            }
            guard status.clash != nil else { return [.status("This clash no longer computes; nothing to escalate", .error)] }
            state.outbox.append(.escalate(clashID: status.clashID, by: person.id))
        default:
            state.outbox.append(.triage(clashID: status.clashID, state: action, reason: nil, by: person.id))
        }
        return []
    }

    private static func detailKey(_ key: Key, _ state: inout ClashesState, context: ScreenContext) -> [AppRequest]? {
        let evidence = state.detail?.evidence ?? []
        switch key {
        case .escape, .char("h"), .backspace:
            state.openClashID = nil
            state.detail = nil
        case .char("j"), .down:
            state.evidenceIndex = min(max(0, evidence.count - 1), state.evidenceIndex + 1)
            followEvidence(&state, context: context)
        case .char("k"), .up:
            state.evidenceIndex = max(0, state.evidenceIndex - 1)
            followEvidence(&state, context: context)
        case .pageDown, .pageUp:
            let page = ClashDetailPage.page(state: state, context: context)
            let step = max(1, page.height - 2) * (key == .pageDown ? 1 : -1)
            state.detailOffset = DetailLines.scrollOffset(state.detailOffset + step, keeping: nil, height: page.height, total: page.lines.rows.count)
        case .enter:
            guard evidence.indices.contains(state.evidenceIndex) else { return [.status("This clash lists no evidence")] }
            let item = evidence[state.evidenceIndex]
            guard let target = item.target else { return [.status("No screen shows a \(item.ref.kind.rawValue) on its own")] }
            return [.open(target.screen, focus: target.focus)]
        default: return nil
        }
        return []
    }

    private static func dismissKey(_ key: Key, _ state: inout ClashesState, context: ScreenContext) -> [AppRequest] {
        guard var dismiss = state.dismiss else { return [] }
        switch key {
        case .escape:
            state.dismiss = nil
            return []
        case .enter:
            guard let person = context.person else { return [.status("Pick who you are first", .error)] }
            dismiss.isSaving = true
            state.outbox.append(.triage(clashID: dismiss.clashID, state: .dismissed, reason: dismiss.reason.trimmingCharacters(in: .whitespaces), by: person.id))
        default:
            dismiss.form.handle(key)
        }
        state.dismiss = dismiss
        return []
    }

    /// Changes the filters and keeps the selection on the same clash when it still shows.
    private static func narrow(_ state: inout ClashesState, context: ScreenContext, _ change: (inout ClashFilters) -> Void) {
        let keep = state.selected?.clashID
        change(&state.filters)
        let rows = state.visible
        let index = keep.flatMap { id in rows.firstIndex { $0.clashID == id } } ?? 0
        state.scroll = ScrollState()
        state.scroll.move(.to(index), itemCount: rows.count, visibleRows: ClashesView.visibleRows(context.area))
    }

    /// Scrolls the detail so the selected evidence row is visible.
    private static func followEvidence(_ state: inout ClashesState, context: ScreenContext) {
        let page = ClashDetailPage.page(state: state, context: context)
        let rows = page.lines.itemRows
        let focus = rows.indices.contains(state.evidenceIndex) ? rows[state.evidenceIndex] : nil
        state.detailOffset = DetailLines.scrollOffset(state.detailOffset, keeping: focus, height: page.height, total: page.lines.rows.count)
    }
}
