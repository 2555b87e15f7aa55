import LiaisonCore
import LiaisonStore
import TerminalKit

/// Messages of the People screen.
public enum PeopleMessage: Sendable {
    case loaded(Page<HCP>)
    case failed(String)
}

/// State of the People screen: the first keyset page of HCPs by name.
public struct PeopleState: Sendable {
    public var page: Page<HCP>?
    public var error: String?
    public var scroll = ScrollState()

    /// An empty, not yet loaded state.
    public init() {}
}

/// The People and HCPs directory (owner: APP2).
public enum PeopleScreen: ScreenModule {
    public static func keyMap(_ state: PeopleState, context: ScreenContext) -> KeyMap {
        KeyMap(title: "People", bindings: [
            KeyBinding(keys: [.char("j"), .down], label: "j/↓", help: "Next HCP"),
            KeyBinding(keys: [.char("k"), .up], label: "k/↑", help: "Previous HCP"),
            KeyBinding(.char("r"), help: "Reload"),
        ])
    }

    public static func update(_ state: PeopleState, _ input: ScreenInput, context: ScreenContext) -> ScreenResult<PeopleState> {
        var next = state
        let count = state.page?.items.count ?? 0
        switch input {
        case .activated, .dataChanged, .key(.char("r")): return ScreenResult(next, effects: [load(context)])
        case .message(.people(.loaded(let page))):
            next.page = page
            next.error = nil
        case .message(.people(.failed(let reason))): next.error = reason
        case .key(.char("j")), .key(.down): next.scroll.move(.down(1), itemCount: count, visibleRows: context.area.height - 2)
        case .key(.char("k")), .key(.up): next.scroll.move(.up(1), itemCount: count, visibleRows: context.area.height - 2)
        default: return .ignored(state)
        }
        return ScreenResult(next)
    }

    public static func view(_ state: PeopleState, area: Rect, buffer: inout Buffer, context: ScreenContext) {
        let rows = (state.page?.items ?? []).map { "\($0.name)  \($0.specialty)  \($0.tier.rawValue)" }
        let empty = state.error.map { "Could not load HCPs: \($0)" }
            ?? (state.page == nil ? "Loading…" : "No HCPs yet — import a dataset with `liaison import FILE`")
        List(source: rows, state: state.scroll, theme: context.theme, selectionSymbol: "▸ ", emptyMessage: empty,
             block: Block(title: "People and HCPs", theme: context.theme))
            .render(in: area, buffer: &buffer)
    }

    private static func load(_ context: ScreenContext) -> Effect<AppMessage> {
        let store = context.env.store
        let limit = max(10, context.area.height)
        return .run {
            do { return .people(.loaded(try store.hcps(matching: HCPQuery(), limit: limit))) } catch {
                return .people(.failed("\(error)"))
            }
        }
    }
}
