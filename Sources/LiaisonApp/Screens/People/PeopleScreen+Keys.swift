import LiaisonCore
import TerminalKit

extension PeopleScreen {
    /// Handles a key; nil when the key means nothing here (the app's fallback applies).
    static func handleKey(_ key: Key, _ state: inout PeopleState, context: ScreenContext) -> [AppRequest]? {
        if state.isSearching { return searchKey(key, &state, context: context) }
        if state.focus == .profile { return profileKey(key, &state, context: context) }
        switch key {
        case .char("j"), .down: move(.down(1), &state, context: context)
        case .char("k"), .up: move(.up(1), &state, context: context)
        case .pageDown: move(.pageDown, &state, context: context)
        case .pageUp: move(.pageUp, &state, context: context)
        case .char("g"), .home: move(.top, &state, context: context)
        case .char("/"):
            state.isSearching = true
            state.search.isFocused = true
        case .char("t"):
            state.section = state.section == .hcps ? .team : .hcps
            followSelection(&state, context: context)
        case .char("r"):
            state.outbox.append(.names)
            startSearch(&state)
        case .char("i"):
            guard let hcp = state.selectedHCP else { return nil }
            return [.open(.insights, focus: .hcp(hcp.id))]
        case .enter:
            if let person = state.selectedPerson { return [.open(.insights, focus: .person(person.id))] }
            guard let hcp = state.selectedHCP else { return nil }
            state.focus = .profile
            state.showsProfile = true
            if state.profile?.hcp.id != hcp.id {
                state.profile = nil
                state.outbox.append(.profile(hcp.id))
            }
        default: return nil
        }
        return []
    }

    /// Moves the directory selection of the current section.
    static func move(_ movement: ScrollMovement, _ state: inout PeopleState, context: ScreenContext) {
        let rows = PeopleLayout(area: context.area, state: state).visibleRows
        switch state.section {
        case .hcps: state.scroll.move(movement, itemCount: state.hcps.count, visibleRows: rows)
        case .team: state.teamScroll.move(movement, itemCount: state.team.count, visibleRows: rows)
        }
        followSelection(&state, context: context)
    }

    private static func searchKey(_ key: Key, _ state: inout PeopleState, context: ScreenContext) -> [AppRequest] {
        switch key {
        case .enter:
            state.isSearching = false
            state.search.isFocused = false
            if state.search.text != state.appliedSearch { startSearch(&state) }
        case .escape:
            state.isSearching = false
            state.search = TextField(placeholder: state.search.placeholder, theme: context.theme)
            state.teamScroll = ScrollState()
            if !state.appliedSearch.isEmpty { startSearch(&state) }
        case .down: move(.down(1), &state, context: context)
        case .up: move(.up(1), &state, context: context)
        default:
            let before = state.search.text
            state.search.handle(key)
            if state.search.text != before { searchChanged(&state) }
        }
        return []
    }

    private static func profileKey(_ key: Key, _ state: inout PeopleState, context: ScreenContext) -> [AppRequest]? {
        let insights = state.profile?.insights ?? []
        switch key {
        case .char("j"), .down: state.profileScroll.move(.down(1), itemCount: insights.count, visibleRows: max(1, insights.count))
        case .char("k"), .up: state.profileScroll.move(.up(1), itemCount: insights.count, visibleRows: max(1, insights.count))
        case .enter:
            guard let index = state.profileScroll.selected, insights.indices.contains(index) else {
                return [.status("No insights about this HCP yet")]
            }
            return [.open(.insights, focus: .insight(insights[index].id))]
        case .char("]"):
            guard let profile = state.profile, let cursor = profile.moreInsights else { return [.status("No more insights")] }
            state.outbox.append(.moreInsights(profile.hcp.id, cursor: cursor))
        case .char("}"):
            guard let profile = state.profile, let cursor = profile.moreTouchpoints else { return [.status("No more touchpoints")] }
            state.outbox.append(.moreTouchpoints(profile.hcp.id, cursor: cursor))
        case .escape, .char("h"), .backspace:
            state.focus = .directory
            state.showsProfile = false
        case .char("i"):
            guard let profile = state.profile else { return nil }
            return [.open(.insights, focus: .hcp(profile.hcp.id))]
        default: return nil
        }
        return []
    }
}
