import LiaisonCore
import LiaisonStore
import TerminalKit

/// Messages of the Plans screen.
public enum PlansMessage: Sendable {
    case loaded([Plan])
    case failed(String)
}

/// State of the Plans screen: every plan (a small table) and the selection.
public struct PlansState: Sendable {
    public var plans: [Plan]?
    public var error: String?
    public var scroll = ScrollState()

    /// An empty, not yet loaded state.
    public init() {}
}

/// The Plans screen (owner: APP3). Lists national and regional plans.
public enum PlansScreen: ScreenModule {
    public static func keyMap(_ state: PlansState, context: ScreenContext) -> KeyMap {
        KeyMap(title: "Plans", bindings: [
            KeyBinding(keys: [.char("j"), .down], label: "j/↓", help: "Next plan"),
            KeyBinding(keys: [.char("k"), .up], label: "k/↑", help: "Previous plan"),
            KeyBinding(.char("r"), help: "Reload"),
        ])
    }

    public static func update(_ state: PlansState, _ input: ScreenInput, context: ScreenContext) -> ScreenResult<PlansState> {
        var next = state
        let count = state.plans?.count ?? 0
        switch input {
        case .activated, .dataChanged: return ScreenResult(next, effects: [load(context.env)])
        case .message(.plans(.loaded(let plans))):
            next.plans = plans
            next.error = nil
        case .message(.plans(.failed(let reason))): next.error = reason
        case .key(.char("j")), .key(.down): next.scroll.move(.down(1), itemCount: count, visibleRows: context.area.height)
        case .key(.char("k")), .key(.up): next.scroll.move(.up(1), itemCount: count, visibleRows: context.area.height)
        case .key(.char("r")): return ScreenResult(next, effects: [load(context.env)])
        default: return .ignored(state)
        }
        return ScreenResult(next)
    }

    public static func view(_ state: PlansState, area: Rect, buffer: inout Buffer, context: ScreenContext) {
        let block = Block(title: "Plans", theme: context.theme)
        let rows = (state.plans ?? []).map { plan in
            "\(plan.period)  \(plan.scope.regionID.map(RegionLabel.short) ?? "national")  \(plan.status.rawValue)  \(plan.objectives.count) objectives"
        }
        let empty = state.error.map { "Could not load plans: \($0)" }
            ?? (state.plans == nil ? "Loading…" : "No plans yet — import a dataset with `liaison import FILE`")
        List(source: rows, state: state.scroll, theme: context.theme, selectionSymbol: "▸ ", emptyMessage: empty, block: block)
            .render(in: area, buffer: &buffer)
    }

    private static func load(_ env: AppEnvironment) -> Effect<AppMessage> {
        let store = env.store
        return .run {
            do { return .plans(.loaded(try store.plans())) } catch { return .plans(.failed("\(error)")) }
        }
    }
}
