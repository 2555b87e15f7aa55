import LiaisonCore
import TerminalKit

/// The dashboard: one tile per region and the "me" panel (the closed loop and drafts).
public enum DashboardScreen: ScreenModule {
    static let keys = KeyMap(title: "Dashboard", bindings: [
        KeyBinding(keys: [.left, .right, .up, .down, .char("h"), .char("j"), .char("k"), .char("l")], label: "←↑↓→", help: "Select a region"),
        KeyBinding(.enter, help: "Region plan"),
        KeyBinding(.char("i"), help: "Region insights"),
        KeyBinding(.char("e"), help: "Continue latest draft"),
        KeyBinding(.char("r"), help: "Reload"),
    ])

    public static func keyMap(_ state: DashboardState, context: ScreenContext) -> KeyMap { keys }

    public static func hints(_ state: DashboardState, context: ScreenContext) -> [KeyBinding] {
        let hasDraft = !(state.data?.me?.drafts.isEmpty ?? true)
        var hints = [
            KeyBinding(keys: [.left, .right, .up, .down], label: "←↑↓→", help: "region"),
            KeyBinding(.enter, help: "plan"),
            KeyBinding(.char("i"), help: "insights"),
        ]
        if hasDraft { hints.append(KeyBinding(.char("e"), help: "draft")) }
        return hints
    }

    public static func update(_ state: DashboardState, _ input: ScreenInput, context: ScreenContext) -> ScreenResult<DashboardState> {
        var next = state
        switch input {
        case .activated, .dataChanged:
            next.isLoading = true
            return ScreenResult(next, effects: [load(context)])
        case .message(.dashboard(.loaded(let data))):
            next.data = data
            next.error = nil
            next.isLoading = false
            next.selectedTile = min(next.selectedTile, max(0, data.tiles.count - 1))
        case .message(.dashboard(.failed(let reason))):
            next.error = reason
            next.isLoading = false
        case .key(let key): return handleKey(key, state, context: context)
        case .mouse(let mouse): return handleMouse(mouse, state, context: context)
        case .resized, .paste, .message: return .ignored(state)
        }
        return ScreenResult(next)
    }

    public static func view(_ state: DashboardState, area: Rect, buffer: inout Buffer, context: ScreenContext) {
        DashboardView(state: state, context: context).render(in: area, buffer: &buffer)
    }

    private static func handleKey(_ key: Key, _ state: DashboardState, context: ScreenContext) -> ScreenResult<DashboardState> {
        let tiles = state.data?.tiles ?? []
        let columns = DashboardLayout(area: context.area, count: tiles.count, selected: state.selectedTile).columns
        var next = state
        let last = max(0, tiles.count - 1)
        switch key {
        case .left, .char("h"): next.selectedTile = max(0, state.selectedTile - 1)
        case .right, .char("l"): next.selectedTile = min(last, state.selectedTile + 1)
        case .up, .char("k"): next.selectedTile = state.selectedTile >= columns ? state.selectedTile - columns : state.selectedTile
        case .down, .char("j"): next.selectedTile = min(last, state.selectedTile + columns)
        case .char("r"):
            next.isLoading = true
            return ScreenResult(next, effects: [load(context)])
        case .enter, .char("i"):
            guard state.selectedTile < tiles.count else { return .ignored(state) }
            let region = tiles[state.selectedTile].region.id
            return ScreenResult(next, requests: [.open(key == .enter ? .plans : .insights, focus: .region(region))])
        case .char("e"):
            guard let draft = state.data?.me?.drafts.first else {
                return ScreenResult(next, requests: [.status("No drafts to continue")])
            }
            return ScreenResult(next, requests: [.newInsight(draftID: draft.id)])
        default: return .ignored(state)
        }
        return ScreenResult(next)
    }

    private static func handleMouse(_ mouse: MouseEvent, _ state: DashboardState, context: ScreenContext) -> ScreenResult<DashboardState> {
        guard mouse.kind == .press(button: 0), let tiles = state.data?.tiles else { return .ignored(state) }
        let layout = DashboardLayout(area: context.area, count: tiles.count, selected: state.selectedTile)
        if let me = state.data?.me, let hit = MePanelView.hit(x: mouse.x, y: mouse.y, area: layout.me, me: me) {
            switch hit {
            case .insight(let row): return ScreenResult(state, requests: [.open(.insights, focus: .insight(me.recent[row].insight.id))])
            case .draft(let row): return ScreenResult(state, requests: [.newInsight(draftID: me.drafts[row].id)])
            }
        }
        guard let index = layout.tileIndex(atX: mouse.x, y: mouse.y) else { return .ignored(state) }
        var next = state
        next.selectedTile = index
        return ScreenResult(next)
    }

    private static func load(_ context: ScreenContext) -> Effect<AppMessage> {
        let env = context.env
        let person = context.person
        return .run {
            do {
                let data = try DashboardLoader.load(
                    store: env.store, person: person, now: env.clock(), taxonomy: env.taxonomy, clashes: env.clashes,
                    clashesComputing: env.clashesComputing)
                return .dashboard(.loaded(data))
            } catch {
                return .dashboard(.failed("\(error)"))
            }
        }
    }
}
