import Foundation
import LiaisonCore
import TerminalKit

extension ClashesScreen {
    /// Handles a key; nil when the key means nothing here (the app's fallback applies).
    static func handleKey(_ key: Key, _ state: inout ClashesState, context: ScreenContext) -> [AppRequest]? {
        if state.triage.isDialogOpen { return state.triage.handleDialog(key: key, context: context, outbox: &state.outbox) }
        if let triage = state.triage.start(key: key, on: state.current, context: context, outbox: &state.outbox) { return triage }
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
