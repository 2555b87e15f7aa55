import Foundation
import LiaisonCore
import LiaisonStore
import TerminalKit

/// Messages of the Insights screen.
public enum InsightsMessage: Sendable {
    case loaded(Page<Insight>)
    case failed(String)
}

/// State of the Insights screen: the first keyset page of insights, newest first.
public struct InsightsState: Sendable {
    public var page: Page<Insight>?
    public var error: String?
    public var scroll = ScrollState()

    /// An empty, not yet loaded state.
    public init() {}
}

/// The Insights screen (owner: APP2). Shows the newest page of insights.
public enum InsightsScreen: ScreenModule {
    public static func keyMap(_ state: InsightsState, context: ScreenContext) -> KeyMap {
        KeyMap(title: "Insights", bindings: [
            KeyBinding(keys: [.char("j"), .down], label: "j/↓", help: "Next insight"),
            KeyBinding(keys: [.char("k"), .up], label: "k/↑", help: "Previous insight"),
            KeyBinding(.char("r"), help: "Reload"),
        ])
    }

    public static func update(_ state: InsightsState, _ input: ScreenInput, context: ScreenContext) -> ScreenResult<InsightsState> {
        var next = state
        let count = state.page?.items.count ?? 0
        switch input {
        case .activated, .dataChanged, .key(.char("r")): return ScreenResult(next, effects: [load(context)])
        case .message(.insights(.loaded(let page))):
            next.page = page
            next.error = nil
        case .message(.insights(.failed(let reason))): next.error = reason
        case .key(.char("j")), .key(.down): next.scroll.move(.down(1), itemCount: count, visibleRows: context.area.height - 2)
        case .key(.char("k")), .key(.up): next.scroll.move(.up(1), itemCount: count, visibleRows: context.area.height - 2)
        default: return .ignored(state)
        }
        return ScreenResult(next)
    }

    public static func view(_ state: InsightsState, area: Rect, buffer: inout Buffer, context: ScreenContext) {
        let rows = (state.page?.items ?? []).map { insight in
            "\(DayFormat.short(insight.interactionAt))  \(context.env.themeName(insight.theme))  \(insight.status.rawValue)  \(insight.whatWasSaid)"
        }
        let empty = state.error.map { "Could not load insights: \($0)" }
            ?? (state.page == nil ? "Loading…" : "No insights yet — press n to log one")
        List(source: rows, state: state.scroll, theme: context.theme, selectionSymbol: "▸ ", emptyMessage: empty,
             block: Block(title: "Insights", theme: context.theme))
            .render(in: area, buffer: &buffer)
    }

    private static func load(_ context: ScreenContext) -> Effect<AppMessage> {
        let store = context.env.store
        let limit = max(10, context.area.height)
        return .run {
            do { return .insights(.loaded(try store.insights(matching: InsightQuery(), limit: limit))) } catch {
                return .insights(.failed("\(error)"))
            }
        }
    }
}
