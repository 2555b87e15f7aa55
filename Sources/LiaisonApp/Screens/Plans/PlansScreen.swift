import LiaisonCore
import LiaisonStore
import TerminalKit

/// The Plans screen: regions (plus national); Enter opens a region's plan next to the national
/// plan; Enter on an objective lists the insights behind it; Enter on one opens it in Insights.
public enum PlansScreen: ScreenModule {
    public static func keyMap(_ state: PlansState, context: ScreenContext) -> KeyMap {
        switch state.mode {
        case .list:
            return KeyMap(title: "Plans", bindings: [
                KeyBinding(.enter, help: "Open plan"),
                KeyBinding(keys: [.char("j"), .down], label: "j/↓", help: "Next"),
                KeyBinding(keys: [.char("k"), .up], label: "k/↑", help: "Previous"),
                KeyBinding(.char("r"), help: "Reload"),
            ])
        case .plan:
            return KeyMap(title: "Plan", bindings: [
                KeyBinding(.enter, help: "Objective insights"),
                KeyBinding(keys: [.char("j"), .down], label: "j/↓", help: "Next row"),
                KeyBinding(keys: [.char("k"), .up], label: "k/↑", help: "Previous row"),
                KeyBinding(keys: [.pageDown, .pageUp], label: "PgDn/PgUp", help: "Page"),
                KeyBinding(.char("w"), help: "Needle weights"),
                KeyBinding(.escape, help: "Back to the plans"),
                KeyBinding(.char("r"), help: "Reload"),
            ])
        case .insights:
            return KeyMap(title: "Objective insights", bindings: [
                KeyBinding(.enter, help: "Open in Insights"),
                KeyBinding(keys: [.char("j"), .down], label: "j/↓", help: "Next"),
                KeyBinding(keys: [.char("k"), .up], label: "k/↑", help: "Previous"),
                KeyBinding(.escape, help: "Back to the plan"),
            ])
        }
    }

    public static func isCapturingText(_ state: PlansState) -> Bool { state.needle.form != nil }

    public static func update(_ state: PlansState, _ input: ScreenInput, context: ScreenContext) -> ScreenResult<PlansState> {
        var next = state
        switch input {
        case .activated(.region(let regionID)):
            next.mode = .plan(regionID)
            return ScreenResult(next, effects: [loadList(context.env), loadPlan(regionID, context.env), loadNeedle(context.env)])
        case .activated:
            return ScreenResult(next, effects: reload(next, context.env))
        case .dataChanged:
            return ScreenResult(next, effects: reload(next, context.env))
        case .message(.plans(let message)):
            return ScreenResult(receive(message, next))
        case .key(let key):
            return handleNeedleKey(key, state, context: context) ?? handleKey(key, state, context: context)
        case .paste(let text):
            return handleNeedlePaste(text, state) ?? .ignored(state)
        case .mouse where state.needle.form != nil:
            return ScreenResult(state)
        case .mouse(let mouse):
            return handleMouse(mouse, state, context: context)
        default:
            return .ignored(state)
        }
    }

    public static func view(_ state: PlansState, area: Rect, buffer: inout Buffer, context: ScreenContext) {
        PlansView.render(state, area: area, buffer: &buffer, theme: context.theme)
    }

    private static func receive(_ message: PlansMessage, _ state: PlansState) -> PlansState {
        var next = state
        next.isLoading = false
        switch message {
        case .listLoaded(let entries):
            next.entries = entries
            next.error = nil
        case .comparisonLoaded(let box):
            next.comparison = box.comparison
            next.rows = box.comparison.rows
            let selected = next.planScroll.selected ?? 0
            if selected >= next.rows.count || next.rows[selected].kind == .heading {
                next.planScroll = ScrollState(selected: next.rows.firstIndex { $0.kind == .objective } ?? 0)
            }
            next.error = nil
        case .insightsLoaded(let insights):
            next.objectiveInsights = insights
            next.insightScroll = ScrollState()
        case .failed(let reason):
            next.error = reason
        case .needleLoaded(let box):
            next.needle.loaded(box.inputs, configured: box.configured)
        case .needleFailed(let reason):
            next.needle.error = reason
        }
        return next
    }

    private static func handleKey(_ key: Key, _ state: PlansState, context: ScreenContext) -> ScreenResult<PlansState> {
        var next = state
        let rows = PlansView.bodyHeight(context.area)
        switch (state.mode, key) {
        case (_, .char("r")):
            return ScreenResult(next, effects: reload(next, context.env))
        case (.list, .char("j")), (.list, .down):
            next.listScroll.move(.down(1), itemCount: state.entries?.count ?? 0, visibleRows: rows)
        case (.list, .char("k")), (.list, .up):
            next.listScroll.move(.up(1), itemCount: state.entries?.count ?? 0, visibleRows: rows)
        case (.list, .enter):
            guard let entries = state.entries, let index = state.listScroll.selected, index < entries.count else { return .ignored(state) }
            next.mode = .plan(entries[index].regionID)
            next.comparison = nil
            next.rows = []
            next.planScroll = ScrollState()
            next.isLoading = true
            return ScreenResult(next, effects: [loadPlan(entries[index].regionID, context.env)])
        case (.plan, .char("j")), (.plan, .down): next.planScroll.move(.down(1), itemCount: state.rows.count, visibleRows: rows)
        case (.plan, .char("k")), (.plan, .up): next.planScroll.move(.up(1), itemCount: state.rows.count, visibleRows: rows)
        case (.plan, .pageDown): next.planScroll.move(.pageDown, itemCount: state.rows.count, visibleRows: rows)
        case (.plan, .pageUp): next.planScroll.move(.pageUp, itemCount: state.rows.count, visibleRows: rows)
        case (.plan(let regionID), .enter):
            guard let comparison = state.comparison, let index = state.planScroll.selected, index < state.rows.count,
                  let objective = state.rows[index].objective else {
                return ScreenResult(state, requests: [.status("Enter shows insights on an objective row")])
            }
            next.mode = .insights(regionID)
            next.objectiveInsights = nil
            return ScreenResult(next, effects: [loadInsights(objective, comparison, regionID, context.env)])
        case (.plan, .escape), (.plan, .char("q")):
            next.mode = .list
        case (.insights, .char("j")), (.insights, .down):
            next.insightScroll.move(.down(1), itemCount: state.objectiveInsights?.all.count ?? 0, visibleRows: rows)
        case (.insights, .char("k")), (.insights, .up):
            next.insightScroll.move(.up(1), itemCount: state.objectiveInsights?.all.count ?? 0, visibleRows: rows)
        case (.insights, .enter):
            guard let all = state.objectiveInsights?.all, let index = state.insightScroll.selected, index < all.count else { return ScreenResult(state) }
            return ScreenResult(state, requests: [.open(.insights, focus: .insight(all[index].id))])
        case (.insights(let regionID), .escape), (.insights(let regionID), .char("q")):
            next.mode = .plan(regionID)
        default:
            return .ignored(state)
        }
        return ScreenResult(next)
    }

    private static func handleMouse(_ mouse: MouseEvent, _ state: PlansState, context: ScreenContext) -> ScreenResult<PlansState> {
        guard mouse.kind == .press(button: 0) else { return .ignored(state) }
        let body = PlansView.body(context.area)
        guard mouse.y >= body.y, mouse.y < body.bottom else { return .ignored(state) }
        var next = state
        let row = mouse.y - body.y
        switch state.mode {
        case .list:
            let range = state.listScroll.visibleRange(itemCount: state.entries?.count ?? 0, visibleRows: body.height)
            guard range.contains(range.lowerBound + row) else { return .ignored(state) }
            next.listScroll.selected = range.lowerBound + row
        case .plan:
            let range = state.planScroll.visibleRange(itemCount: state.rows.count, visibleRows: body.height)
            guard range.contains(range.lowerBound + row) else { return .ignored(state) }
            next.planScroll.selected = range.lowerBound + row
        case .insights:
            let count = state.objectiveInsights?.all.count ?? 0
            let range = state.insightScroll.visibleRange(itemCount: count, visibleRows: body.height)
            guard range.contains(range.lowerBound + row) else { return .ignored(state) }
            next.insightScroll.selected = range.lowerBound + row
        }
        return ScreenResult(next)
    }

    private static func reload(_ state: PlansState, _ env: AppEnvironment) -> [Effect<AppMessage>] {
        switch state.mode {
        case .list: [loadList(env), loadNeedle(env)]
        case .plan(let regionID), .insights(let regionID): [loadList(env), loadPlan(regionID, env), loadNeedle(env)]
        }
    }

    private static func loadList(_ env: AppEnvironment) -> Effect<AppMessage> {
        let store = env.store
        return .run {
            do { return .plans(.listLoaded(try PlansLoader.list(store: store))) } catch { return .plans(.failed("\(error)")) }
        }
    }

    private static func loadPlan(_ regionID: RegionID?, _ env: AppEnvironment) -> Effect<AppMessage> {
        let store = env.store
        return .run {
            do {
                let comparison = try PlansLoader.comparison(store: store, regionID: regionID)
                return .plans(.comparisonLoaded(PlanComparisonBox(comparison: comparison, regionID: regionID)))
            } catch {
                return .plans(.failed("\(error)"))
            }
        }
    }

    private static func loadInsights(_ objective: Objective, _ comparison: PlanComparison, _ regionID: RegionID?, _ env: AppEnvironment) -> Effect<AppMessage> {
        let store = env.store
        return .run {
            do {
                return .plans(.insightsLoaded(try PlansLoader.insights(store: store, objective: objective, comparison: comparison, regionID: regionID)))
            } catch {
                return .plans(.failed("\(error)"))
            }
        }
    }
}
