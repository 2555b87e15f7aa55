import Foundation
import LiaisonCore
import LiaisonStore
import TerminalKit

extension InsightsScreen {
    /// Keys by mode; table keys move, open the search, filters and actions.
    static func handleKey(_ key: Key, _ state: inout InsightsState, context: ScreenContext) -> Step {
        switch state.mode {
        case .searching: return searchKey(key, &state, context: context)
        case .filtering: return filterKey(key, &state, context: context)
        case .picking: return pickerKey(key, &state, context: context)
        case .table: break
        }
        if let (action, _, _) = actionKeys.first(where: { $0.1 == key }) {
            return act(action, &state, context: context)
        }
        let rows = InsightsLayout(area: context.area, state: state).visibleRows
        switch key {
        case .char("j"), .down: move(.down(1), &state, context: context)
        case .char("k"), .up: move(.up(1), &state, context: context)
        case .pageDown: move(.down(rows), &state, context: context)
        case .pageUp: move(.up(rows), &state, context: context)
        case .char("g"), .home:
            if state.window.start == 0 {
                move(.top, &state, context: context)
            } else if let head = state.headPage {
                showHead(head, &state, context: context)
            } else {
                startQuery(&state, search: nil, focus: nil, context: context)
            }
        case .char("G"), .end:
            if state.window.next == nil, !state.window.items.isEmpty { move(.bottom, &state, context: context) } else {
                jumpToEnd(&state, context: context)
            }
        case .enter, .char("d"):
            let layout = InsightsLayout(area: context.area, state: state)
            state.detailToggle = layout.detail == nil
            loadDetailIfShown(&state, context: context)
        case .char("/"):
            state.mode = .searching
            state.search.isFocused = true
        case .char("f"): openFilters(&state, context: context)
        case .char("x"):
            guard !state.filters.isEmpty else { return Step(requests: [.status("No filters to clear")]) }
            state.filters = InsightFilters()
            startQuery(&state, search: nil, focus: nil, context: context)
        case .char("r"): reload(&state, context: context)
        case .char("J"): state.detailScroll += 1
        case .char("K"): state.detailScroll = max(0, state.detailScroll - 1)
        case .escape where state.detailToggle == true && context.area.width < InsightsLayout.wideWidth:
            state.detailToggle = false
        default: return Step(handled: false)
        }
        return Step()
    }

    /// Shows the kept first page of the query (`g` far from the top) without reading it again.
    static func showHead(_ head: Page<Insight>, _ state: inout InsightsState, context: ScreenContext) {
        state.discardPendingPages()
        if state.isCounting {
            state.outbox.append(.count(generation: state.generation, query: state.query(viewer: context.person?.id)))
        }
        state.window = InsightWindow(page: head, start: 0)
        state.scroll = ScrollState(selected: 0, offset: 0)
        state.detailScroll = 0
        settleSelection(&state, context: context)
    }

    /// Loads the last page of the listing (`G` when the end is not loaded): the same query from
    /// its other end, placed at the known total when it counts the same query. The page is one
    /// screenful, so the jump reads and decodes no more rows than it shows; the rows above
    /// come with the usual prefetch.
    static func jumpToEnd(_ state: inout InsightsState, context: ScreenContext) {
        let query = state.query(viewer: context.person?.id)
        let total = state.countedQuery == query && !state.totalIsStale && !state.isCounting ? state.total : nil
        let screenful = InsightsLayout(area: context.area, state: state).visibleRows
        state.restart()
        state.focusID = nil
        state.outbox.append(.last(generation: state.generation, query: query, limit: max(1, min(state.pageSize, screenful)), total: total))
    }

    /// Moves the selection within the loaded rows and asks for the neighbouring pages early.
    static func move(_ movement: ScrollMovement, _ state: inout InsightsState, context: ScreenContext) {
        let rows = InsightsLayout(area: context.area, state: state).visibleRows
        state.scroll.move(movement, itemCount: state.rowCount, visibleRows: rows)
        state.detailScroll = 0
        settleSelection(&state, context: context)
    }

    /// Keeps the selection on a loaded row, prefetches pages near the window's edges and loads
    /// the detail of a newly selected insight.
    static func settleSelection(_ state: inout InsightsState, context: ScreenContext) {
        let rows = InsightsLayout(area: context.area, state: state).visibleRows
        if state.window.items.isEmpty {
            state.scroll = ScrollState()
            return
        }
        let selected = min(max(state.scroll.selected ?? 0, state.window.start), state.window.end - 1)
        state.scroll.selected = selected
        state.scroll = state.scroll.clamped(itemCount: state.rowCount, visibleRows: rows)
        let margin = max(rows, state.pageSize / 2)
        let query = state.query(viewer: context.person?.id)
        if !state.pendingForward, let cursor = state.window.next, selected + margin >= state.window.end {
            state.pendingForward = true
            state.outbox.append(.next(generation: state.generation, query: query, cursor: cursor, limit: state.pageSize))
        }
        if !state.pendingBackward, let cursor = state.window.previous, selected - margin < state.window.start {
            state.pendingBackward = true
            state.outbox.append(.previous(generation: state.generation, query: query, cursor: cursor, limit: state.pageSize))
        }
        loadDetailIfShown(&state, context: context)
    }

    /// Asks for the selected insight's detail when the pane is visible and shows another one.
    static func loadDetailIfShown(_ state: inout InsightsState, context: ScreenContext) {
        guard InsightsLayout(area: context.area, state: state).detail != nil, let selected = state.selected,
              state.detail?.insight.id != selected.id || state.detail?.insight != selected else { return }
        if state.detail?.insight.id != selected.id {
            state.detail = nil
            state.outbox.append(.settleDetail(selected.id))
        } else {
            state.outbox.append(.detail(selected.id))
        }
    }

    /// Replaces the list with a freshly loaded listing, selecting the focused insight if any.
    static func showListing(_ listing: InsightListing, _ state: inout InsightsState, context: ScreenContext) {
        let rows = InsightsLayout(area: context.area, state: state).visibleRows
        state.window = InsightWindow(page: listing.page, start: listing.start)
        if listing.start == 0, listing.page.previous == nil { state.headPage = listing.page }
        countListing(listing, &state, context: context)
        state.isLoading = false
        state.error = nil
        if listing.selectsLast, state.window.end > 0 {
            let last = state.window.end - 1
            state.scroll = ScrollState(selected: last, offset: max(0, last - rows + 1))
        } else if let focus = listing.focusID, let index = state.window.index(of: focus) {
            let keepsRow = (state.scroll.selected ?? 0) - state.scroll.offset
            let onScreen = (0..<rows).contains(keepsRow) ? keepsRow : Swift.min(2, rows - 1)
            state.scroll = ScrollState(selected: index, offset: max(0, index - onScreen))
        } else {
            state.scroll = ScrollState(selected: listing.start, offset: listing.start)
        }
        state.focusID = nil
        settleSelection(&state, context: context)
    }

    /// Sets the total of a fresh listing: known at once when it fits in one page, else counted
    /// in the background (counting every match is slow on a large database; the rows are not).
    /// Until the count comes the old total stands when the query is the same, else none does;
    /// the same query is counted again only after a reload (`totalIsStale`).
    static func countListing(_ listing: InsightListing, _ state: inout InsightsState, context: ScreenContext) {
        let query = state.query(viewer: context.person?.id)
        let sameQuery = state.countedQuery == query
        state.countedQuery = query
        state.isCounting = false
        if let total = listing.total {
            state.total = total
        } else if listing.page.next == nil && listing.page.previous == nil {
            state.total = listing.page.items.count
        } else if !sameQuery || state.totalIsStale || state.total == nil {
            if !sameQuery { state.total = nil }
            state.isCounting = true
            state.outbox.append(.count(generation: state.generation, query: query))
        }
        state.totalIsStale = false
    }

    /// Extends the window with a prefetched page.
    static func addPage(_ page: Page<Insight>, direction: PageDirection, _ state: inout InsightsState, context: ScreenContext) {
        let limit = state.pageSize * state.maxPages
        let rows = InsightsLayout(area: context.area, state: state).visibleRows
        let margin = max(rows, state.pageSize / 2)
        let top = min(state.scroll.selected ?? 0, state.scroll.offset)
        let bottom = max(state.scroll.selected ?? 0, state.scroll.offset + rows)
        switch direction {
        case .forward:
            state.pendingForward = false
            state.window.append(page, maxItems: limit, keepFrom: top - margin)
        case .backward:
            state.pendingBackward = false
            state.window.prepend(page, maxItems: limit, keepUntil: bottom + margin)
        }
        if state.window.next == nil { state.total = state.window.end }
        settleSelection(&state, context: context)
    }

    /// A click on a table row selects it.
    static func click(_ mouse: MouseEvent, _ state: inout InsightsState, context: ScreenContext) -> Bool {
        guard mouse.kind == .press(button: 0), state.mode == .table,
              let table = InsightsLayout(area: context.area, state: state).table else { return false }
        let firstRow = table.y + 2
        let rows = InsightsLayout(area: context.area, state: state).visibleRows
        guard mouse.x >= table.x, mouse.x < table.right, mouse.y >= firstRow, mouse.y < firstRow + rows else { return false }
        let index = state.scroll.offset + mouse.y - firstRow
        guard index < state.window.end else { return false }
        move(.to(index), &state, context: context)
        return true
    }

    /// Pasted text goes into the search field while searching.
    static func paste(_ text: String, _ state: inout InsightsState) -> Bool {
        switch state.mode {
        case .searching:
            state.search.insert(paste: text)
            state.outbox.append(.settle(generation: state.searchEdited()))
        case .filtering: state.filterForm?.form.insert(paste: text)
        case .picking: state.picker?.insert(paste: text)
        case .table: return false
        }
        return true
    }
}
