import Foundation
import LiaisonApp
import LiaisonCore
import LiaisonStore
import TerminalKit

/// Drives `InsightsScreen.update` alone: queues the loads each update asks for and, on
/// `drain()`, performs them with `InsightsLoader.perform` and feeds the results back, the way
/// the runner would (the debounce delay is skipped).
struct InsightsHarness {
    var state: InsightsState
    var context: ScreenContext
    /// Requests the screen made to the app, in order.
    private(set) var requests: [AppRequest] = []
    /// Loads performed so far, in order.
    private(set) var performed: [InsightsLoad] = []
    /// Whether the last input was used.
    private(set) var lastHandled = true
    private var queue: [InsightsLoad] = []

    /// A harness over the fixture store acting as `personID`, with small pages.
    init(store: LiaisonStore, personID: PersonID? = AppFixture.mslID, width: Int = 80, height: Int = 24,
         pageSize: Int = 10, maxPages: Int = 2) throws {
        let env = try AppFixture.environment(store: store, personID: personID)
        context = ScreenContext(env: env, area: Rect(x: 0, y: 1, width: width, height: height - 2), person: env.person, theme: .dark)
        state = InsightsState()
        state.pageSize = pageSize
        state.maxPages = maxPages
    }

    var store: LiaisonStore { context.env.store }

    /// Sends `input` and queues what it asks for (without running it).
    mutating func send(_ input: ScreenInput) {
        let result = InsightsScreen.update(state, input, context: context)
        state = result.state
        lastHandled = result.handled
        requests += result.requests
        queue += result.state.outbox
    }

    /// Sends `input` and runs every load it leads to.
    mutating func run(_ input: ScreenInput) {
        send(input)
        drain()
    }

    /// Presses keys, draining after each.
    mutating func press(_ keys: Key...) {
        for key in keys { run(.key(key)) }
    }

    /// Types `text` one key at a time, draining after each key.
    mutating func type(_ text: String) {
        for character in text { run(.key(.char(character))) }
    }

    /// Runs queued loads (and the loads their results ask for) until none are left.
    mutating func drain() {
        var rounds = 0
        while !queue.isEmpty && rounds < 100 {
            let load = queue.removeFirst()
            performed.append(load)
            send(.message(.insights(InsightsLoader.perform(load, store: store))))
            rounds += 1
        }
    }

    /// Every loaded row's insight, in order.
    var loaded: [Insight] { state.window.items }

    /// Selects the insight `id` through a deep link.
    mutating func open(_ id: UUID) {
        run(.activated(.insight(id)))
    }

    /// The action keys offered for the selection.
    var offeredActionKeys: Set<String> {
        let keys = Set(InsightsScreen.keyMap(state, context: context).bindings.map(\.label))
        return keys.intersection(["s", "v", "l", "e", "m", "a", "c"])
    }

    /// Forgets recorded requests.
    mutating func clearRequests() { requests = [] }
}
