import Foundation
import LiaisonCore
import LiaisonStore
import TerminalKit

/// The People and HCPs screen (owner: APP2): a searchable HCP directory paged with keysets,
/// the team as a second section, and an HCP profile with recent insights and touchpoints.
public enum PeopleScreen: ScreenModule {
    public static func keyMap(_ state: PeopleState, context: ScreenContext) -> KeyMap {
        var bindings = [
            KeyBinding(keys: [.char("j"), .down], label: "j/↓", help: state.focus == .profile ? "Next insight" : "Next row"),
            KeyBinding(keys: [.char("k"), .up], label: "k/↑", help: state.focus == .profile ? "Previous insight" : "Previous row"),
        ]
        if state.focus == .profile {
            bindings += [
                KeyBinding(.enter, help: "Open the insight in Insights"),
                KeyBinding(.char("]"), help: "More insights"),
                KeyBinding(.char("}"), help: "More touchpoints"),
                KeyBinding(keys: [.escape, .char("h")], label: "Esc", help: "Back to the directory"),
            ]
        } else {
            bindings += [
                KeyBinding(.enter, help: state.section == .hcps ? "HCP profile" : "Their insights"),
                KeyBinding(.char("/"), help: "Search (live; Enter keeps, Esc clears)"),
                KeyBinding(.char("t"), help: state.section == .hcps ? "Show the team" : "Show HCPs"),
                KeyBinding(keys: [.pageDown, .pageUp], label: "PgDn/PgUp", help: "Page down / up"),
            ]
            if state.section == .hcps { bindings.append(KeyBinding(.char("i"), help: "Insights about this HCP")) }
            bindings.append(KeyBinding(.char("r"), help: "Reload"))
        }
        return KeyMap(title: "People", bindings: bindings)
    }

    public static func hints(_ state: PeopleState, context: ScreenContext) -> [KeyBinding] {
        if state.isSearching {
            return [KeyBinding(.enter, help: "keep"), KeyBinding(.escape, help: "clear"), KeyBinding(.down, help: "next")]
        }
        if state.focus == .profile {
            return [KeyBinding(keys: [.char("j"), .char("k")], label: "j/k", help: "insight"), KeyBinding(.enter, help: "open"),
                    KeyBinding(.char("]"), help: "more"), KeyBinding(.escape, help: "back")]
        }
        return [KeyBinding(.char("/"), help: "search"), KeyBinding(.enter, help: state.section == .hcps ? "profile" : "insights"),
                KeyBinding(.char("t"), help: state.section == .hcps ? "team" : "HCPs")]
            + (state.section == .hcps ? [KeyBinding(.char("i"), help: "insights")] : [])
    }

    public static func isCapturingText(_ state: PeopleState) -> Bool { state.isSearching }

    public static func update(_ state: PeopleState, _ input: ScreenInput, context: ScreenContext) -> ScreenResult<PeopleState> {
        var next = state
        next.outbox = []
        var requests: [AppRequest] = []
        switch input {
        case .activated(let focus): activate(&next, focus: focus, context: context)
        case .dataChanged:
            next.outbox.append(.names)
            next.outbox.append(.hcps(generation: next.generation, text: next.appliedSearch, limit: next.pageSize))
            if let id = next.profile?.hcp.id { next.outbox.append(.profile(id)) }
        case .key(let key):
            guard let asked = handleKey(key, &next, context: context) else { return .ignored(state) }
            requests = asked
        case .paste(let text):
            guard next.isSearching else { return .ignored(state) }
            next.search.insert(paste: text)
            searchChanged(&next)
        case .mouse(let mouse):
            guard click(mouse, &next, context: context) else { return .ignored(state) }
        case .resized: followSelection(&next, context: context)
        case .message(.people(let message)): receive(message, &next, context: context)
        case .message: return .ignored(state)
        }
        return ScreenResult(next, effects: effects(next.outbox, env: context.env), requests: requests)
    }

    public static func view(_ state: PeopleState, area: Rect, buffer: inout Buffer, context: ScreenContext) {
        PeopleView(state: state, context: context).render(in: area, buffer: &buffer)
    }

    /// Effects for the loads in `outbox`.
    static func effects(_ outbox: [PeopleLoad], env: AppEnvironment) -> [Effect<AppMessage>] {
        let (store, clock, names) = (env.store, env.clock, env.referenceNames)
        return outbox.map { load in
            switch load {
            case .settle(let generation):
                return .after(.milliseconds(100), .people(.searchSettled(generation: generation)))
            case .names:
                return .run {
                    do { return .people(.namesLoaded(try names.people(store: store))) } catch {
                        return .people(.failed(InsightsLoader.describe(error)))
                    }
                }
            default: return .run { .people(PeopleLoader.perform(load, store: store, now: clock())) }
            }
        }
    }

    /// Loads the directory (names from the session's cache when already read) and applies a
    /// deep link.
    private static func activate(_ state: inout PeopleState, focus: ScreenFocus?, context: ScreenContext) {
        let cachedNames = context.env.referenceNames.cachedPeopleNames
        if cachedNames == nil { state.outbox.append(.names) }
        switch focus {
        case .hcp(let id):
            state.section = .hcps
            state.focus = .profile
            state.showsProfile = true
            state.outbox.append(.profile(id))
        case .person(let id):
            state.section = .team
            state.focus = .directory
            state.showsProfile = false
            state.pendingPersonID = id
        case .insight, .region, .decision, .clash, nil: break
        }
        if let cachedNames { receive(.namesLoaded(cachedNames), &state, context: context) }
        state.outbox.append(.hcps(generation: state.generation, text: state.appliedSearch, limit: state.pageSize))
    }

    private static func receive(_ message: PeopleMessage, _ state: inout PeopleState, context: ScreenContext) {
        switch message {
        case .namesLoaded(let names):
            state.names = names
            if let id = state.pendingPersonID, let index = state.team.firstIndex(where: { $0.id == id }) {
                state.teamScroll = ScrollState(selected: index, offset: 0)
                state.pendingPersonID = nil
            }
            followSelection(&state, context: context)
        case .hcpsLoaded(let generation, let page, let appending):
            guard generation == state.generation else { return }
            state.pendingMore = false
            state.hasLoadedHCPs = true
            state.error = nil
            if appending {
                state.hcps += page.items
            } else {
                state.hcps = page.items
                let keepID = state.selectedHCP?.id
                state.scroll = ScrollState(selected: keepID.flatMap { id in page.items.firstIndex { $0.id == id } } ?? 0)
            }
            state.nextCursor = page.next
            followSelection(&state, context: context)
        case .profileLoaded(let profile):
            if state.profile?.hcp.id != profile.hcp.id { state.profileScroll = ScrollState() }
            state.profile = profile
        case .insightsLoaded(let id, let page):
            guard state.profile?.hcp.id == id else { return }
            state.profile?.insights += page.items
            state.profile?.moreInsights = page.next
        case .touchpointsLoaded(let id, let page):
            guard state.profile?.hcp.id == id else { return }
            state.profile?.touchpoints += page.items
            state.profile?.moreTouchpoints = page.next
        case .searchSettled(let generation):
            guard generation == state.generation, state.search.text != state.appliedSearch else { return }
            startSearch(&state)
        case .failed(let reason): state.error = reason
        }
    }

    /// Reloads the HCP list for the search text.
    static func startSearch(_ state: inout PeopleState) {
        state.restart(search: state.search.text)
        state.scroll = ScrollState()
        state.teamScroll = ScrollState()
        state.outbox.append(.hcps(generation: state.generation, text: state.appliedSearch, limit: state.pageSize))
    }

    /// The search text changed: the team filters at once, HCPs after a short pause.
    static func searchChanged(_ state: inout PeopleState) {
        state.teamScroll = ScrollState()
        state.outbox.append(.settle(generation: state.searchEdited()))
    }

    /// Asks for the next HCP page near the end of the list and, when the profile pane is
    /// visible, for the selected HCP's profile.
    static func followSelection(_ state: inout PeopleState, context: ScreenContext) {
        let layout = PeopleLayout(area: context.area, state: state)
        if state.section == .hcps, !state.pendingMore, let cursor = state.nextCursor,
           (state.scroll.selected ?? 0) + layout.visibleRows * 2 >= state.hcps.count {
            state.pendingMore = true
            state.outbox.append(.moreHCPs(generation: state.generation, text: state.appliedSearch, cursor: cursor, limit: state.pageSize))
        }
        if layout.profile != nil, state.focus == .directory, let hcp = state.selectedHCP, state.profile?.hcp.id != hcp.id {
            state.outbox.append(.profile(hcp.id))
        }
    }

    /// A click on a directory row selects it.
    private static func click(_ mouse: MouseEvent, _ state: inout PeopleState, context: ScreenContext) -> Bool {
        let layout = PeopleLayout(area: context.area, state: state)
        guard mouse.kind == .press(button: 0), !state.isSearching, let directory = layout.directory else { return false }
        let firstRow = directory.y + 2
        guard mouse.x >= directory.x, mouse.x < directory.right, mouse.y >= firstRow, mouse.y < firstRow + layout.visibleRows else {
            return false
        }
        let offset = state.section == .hcps ? state.scroll.offset : state.teamScroll.offset
        let count = state.section == .hcps ? state.hcps.count : state.team.count
        let index = offset + mouse.y - firstRow
        guard index < count else { return false }
        state.focus = .directory
        move(.to(index), &state, context: context)
        return true
    }
}
