import Foundation
import LiaisonCore
import LiaisonStore
import TerminalKit

/// The Insights screen (owner: APP2): a virtualised table over every insight, paged through
/// the store with keysets, with live full-text search, filters, a detail pane and the
/// lifecycle actions the current person may take.
public enum InsightsScreen: ScreenModule {
    /// The key of each lifecycle action.
    static let actionKeys: [(InsightAction, Key, String)] = [
        (.submit, .char("s"), "Submit"), (.review, .char("v"), "Mark reviewed"),
        (.link, .char("l"), "Link to an objective or decision"), (.endorse, .char("e"), "Endorse (+1)"),
        (.linkSimilar, .char("m"), "Group under a similar insight"), (.archive, .char("a"), "Archive"),
        (.close, .char("c"), "Close"),
    ]

    public static func keyMap(_ state: InsightsState, context: ScreenContext) -> KeyMap {
        var bindings = [
            KeyBinding(keys: [.char("j"), .down], label: "j/↓", help: "Next insight"),
            KeyBinding(keys: [.char("k"), .up], label: "k/↑", help: "Previous insight"),
            KeyBinding(keys: [.pageDown, .pageUp], label: "PgDn/PgUp", help: "Page down / up"),
            KeyBinding(keys: [.char("g"), .home], label: "g", help: "Back to the newest insight"),
            KeyBinding(keys: [.char("G"), .end], label: "G", help: "Jump to the oldest insight (the last row)"),
            KeyBinding(keys: [.enter, .char("d")], label: "Enter", help: "Show or hide the detail pane"),
            KeyBinding(keys: [.char("J"), .char("K")], label: "J/K", help: "Scroll the detail pane"),
            KeyBinding(.char("/"), help: "Search (Enter keeps it, Esc clears it)"),
            KeyBinding(.char("f"), help: "Filters"),
            KeyBinding(.char("x"), help: "Clear the filters"),
            KeyBinding(.char("r"), help: "Reload"),
        ]
        for (_, key, help) in allowedActionKeys(state, context: context) {
            bindings.append(KeyBinding(key, help: help))
        }
        return KeyMap(title: "Insights", bindings: bindings)
    }

    public static func hints(_ state: InsightsState, context: ScreenContext) -> [KeyBinding] {
        switch state.mode {
        case .searching:
            return [KeyBinding(.enter, help: "keep"), KeyBinding(.escape, help: "clear"), KeyBinding(.down, help: "next")]
        case .filtering:
            return [KeyBinding(.tab, help: "next field"), KeyBinding(.enter, help: "choose"),
                    KeyBinding(.ctrl("s"), help: "apply"), KeyBinding(.escape, help: "cancel")]
        case .picking:
            return [KeyBinding(keys: [.up, .down], label: "↑↓", help: "move"), KeyBinding(.enter, help: "pick"),
                    KeyBinding(.escape, help: "cancel")]
        case .table:
            var hints = [KeyBinding(.char("/"), help: "search"), KeyBinding(.char("f"), help: "filter")]
            if !state.filters.isEmpty { hints.append(KeyBinding(.char("x"), help: "clear")) }
            hints.append(KeyBinding(.enter, help: "detail"))
            let actions = allowedActionKeys(state, context: context).map { action, key, _ in
                KeyBinding(key, help: InsightsScreen.shortLabel(action))
            }
            return hints + actions.prefix(6 - hints.count)
        }
    }

    public static func isCapturingText(_ state: InsightsState) -> Bool { state.mode != .table }

    public static func update(_ state: InsightsState, _ input: ScreenInput, context: ScreenContext) -> ScreenResult<InsightsState> {
        var next = state
        next.outbox = []
        var step = Step()
        switch input {
        case .activated(let focus): activate(&next, focus: focus, context: context)
        case .dataChanged: reload(&next, context: context)
        case .key(let key): step = handleKey(key, &next, context: context)
        case .paste(let text): step.handled = paste(text, &next)
        case .mouse(let mouse): step.handled = click(mouse, &next, context: context)
        case .resized: settleSelection(&next, context: context)
        case .message(.insights(let message)): step = receive(message, &next, context: context)
        case .message: step.handled = false
        }
        guard step.handled else { return .ignored(state) }
        return ScreenResult(next, effects: effects(next.outbox, env: context.env), requests: step.requests)
    }

    public static func view(_ state: InsightsState, area: Rect, buffer: inout Buffer, context: ScreenContext) {
        InsightsView(state: state, context: context).render(in: area, buffer: &buffer)
    }

    /// What handling one input asked of the app.
    struct Step {
        var requests: [AppRequest] = []
        var handled = true
    }

    /// Effects for the loads in `outbox`: the debounce as a timer, the names from the
    /// session's cache, the rest as store work.
    static func effects(_ outbox: [InsightsLoad], env: AppEnvironment) -> [Effect<AppMessage>] {
        let (store, clashes, names, hcps) = (env.store, env.clashHandle, env.referenceNames, env.hcpPickers)
        return outbox.map { load in
            switch load {
            case .settle(let generation): return .after(.milliseconds(100), .insights(.searchSettled(generation: generation)))
            case .settleDetail(let id): return .after(.milliseconds(60), .insights(.detailSettled(id)))
            case .names:
                return .run {
                    do { return .insights(.namesLoaded(try names.insights(store: store, hcps: hcps))) } catch {
                        return .insights(.failed(InsightsLoader.describe(error)))
                    }
                }
            default: return .run { .insights(InsightsLoader.perform(load, store: store, clashes: clashes)) }
            }
        }
    }

    /// The actions the current person may take on the selected insight, with their keys.
    static func allowedActionKeys(_ state: InsightsState, context: ScreenContext) -> [(InsightAction, Key, String)] {
        guard let person = context.person, let insight = state.selected else { return [] }
        let allowed = InsightPolicy.allowedActions(for: person, on: insight)
        return actionKeys.filter { allowed.contains($0.0) }
    }

    static func shortLabel(_ action: InsightAction) -> String {
        switch action {
        case .submit: "submit"
        case .review: "review"
        case .link: "link"
        case .endorse: "endorse"
        case .linkSimilar: "similar"
        case .archive: "archive"
        case .close: "close"
        }
    }

    private static func activate(_ state: inout InsightsState, focus: ScreenFocus?, context: ScreenContext) {
        if let names = context.env.referenceNames.cachedInsightNames {
            state.names = state.names.merged(with: names)
        } else {
            state.outbox.append(.names)
        }
        guard let focus else { return reload(&state, context: context) }
        state.filters = InsightFilters()
        state.search.text = ""
        var select: UUID?
        switch focus {
        case .insight(let id):
            select = id
            state.detailToggle = true
        case .region(let id): state.filters.regionID = id
        case .hcp(let id): state.filters.hcpID = id
        case .person(let id): state.filters.authorID = id
        case .decision, .clash: break
        }
        startQuery(&state, search: "", focus: select, context: context)
    }

    /// Reloads the listing around the selected insight (after a change elsewhere).
    static func reload(_ state: inout InsightsState, context: ScreenContext) {
        state.totalIsStale = true
        startQuery(&state, search: nil, focus: state.selected?.id ?? state.focusID, context: context)
    }

    /// Loads the listing for the current filters and `search` (nil: unchanged) from the top,
    /// or around `focus`.
    static func startQuery(_ state: inout InsightsState, search: String?, focus: UUID?, context: ScreenContext) {
        state.restart(search: search)
        state.headPage = nil
        state.focusID = focus
        state.outbox.append(.first(
            generation: state.generation, query: state.query(viewer: context.person?.id), limit: state.pageSize, focus: focus))
    }

    private static func receive(_ message: InsightsMessage, _ state: inout InsightsState, context: ScreenContext) -> Step {
        switch message {
        case .namesLoaded(let names): state.names = state.names.merged(with: names)
        case .listed(let generation, let listing):
            guard generation == state.generation else { return Step() }
            showListing(listing, &state, context: context)
        case .counted(let generation, let total):
            guard generation == state.generation else { return Step() }
            state.total = total
            state.isCounting = false
        case .pageLoaded(let generation, let direction, let page):
            guard generation == state.generation else { return Step() }
            addPage(page, direction: direction, &state, context: context)
        case .detailLoaded(let detail):
            if detail.insight.id == state.selected?.id { state.detail = detail }
        case .detailSettled(let id):
            if id == state.selected?.id, InsightsLayout(area: context.area, state: state).detail != nil {
                state.outbox.append(.detail(id))
            }
        case .searchSettled(let generation):
            guard generation == state.generation, state.search.text != state.appliedSearch else { return Step() }
            startQuery(&state, search: state.search.text, focus: nil, context: context)
        case .performed(let action, let insight):
            state.window.replace(insight)
            return Step(requests: [.status(doneMessage(action), .success), .dataChanged])
        case .actionFailed(let reason):
            return Step(requests: [.status(reason, .error)])
        case .failed(let reason):
            state.error = reason
            state.isLoading = false
        case .linkTargetsLoaded(let id, let choices):
            guard !choices.isEmpty else { return Step(requests: [.status("No plan objectives or decisions to link to")]) }
            openLinkPicker(id, choices, &state, context: context)
        case .similarLoaded(let id, let choices):
            guard !choices.isEmpty else { return Step(requests: [.status("No other insights in this theme to group under")]) }
            openSimilarPicker(id, choices, &state, context: context)
        case .hcpChoicesLoaded(let choices):
            state.hcpChoices = choices
            state.filterForm?.replaceHCPChoices(choices, names: state.names)
        case .confirmArchive(let id): return confirmArchive(id, &state, context: context)
        }
        return Step()
    }

    private static func doneMessage(_ action: InsightAction) -> String {
        switch action {
        case .submit: "Submitted"
        case .review: "Marked reviewed"
        case .link: "Linked — the insight is actioned"
        case .endorse: "Endorsed"
        case .linkSimilar: "Grouped as similar"
        case .archive: "Archived"
        case .close: "Closed"
        }
    }
}
