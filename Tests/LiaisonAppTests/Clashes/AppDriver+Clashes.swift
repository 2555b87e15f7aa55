import LiaisonApp
import LiaisonStore
import TerminalKit

extension AppDriver {
    /// Runs the loads the Clashes and Decisions screens asked for, delivering each result,
    /// until nothing more is asked. A load that moves to the other screen (escalating opens
    /// the decision) has that screen's loads run too.
    mutating func settleClashScreens() {
        var pending: [AppMessage] = []
        func collect(_ screen: Screen, from driver: AppDriver) -> [AppMessage] {
            switch screen {
            case .clashes: return driver.state.clashes.outbox.map { .clashes(ClashesLoader.perform($0, env: driver.env)) }
            case .decisions: return driver.state.decisions.outbox.map { .decisions(DecisionsLoader.perform($0, env: driver.env)) }
            default: return []
            }
        }
        pending = collect(state.screen, from: self)
        var rounds = 0
        while !pending.isEmpty && rounds < 100 {
            rounds += 1
            let message = pending.removeFirst()
            let before = state.screen
            deliver(message)
            let target: Screen? = switch message {
            case .clashes: .clashes
            case .decisions: .decisions
            default: nil
            }
            if let target { pending += collect(target, from: self) }
            if state.screen != before, state.screen != target { pending += collect(state.screen, from: self) }
        }
    }

    /// Presses each key, running what the clash screens asked for after each.
    mutating func pressAndSettle(_ keys: Key...) {
        for key in keys {
            send(.key(key))
            settleClashScreens()
        }
    }

    /// Types `text`, then runs what the clash screens asked for.
    mutating func typeAndSettle(_ text: String) {
        type(text)
        settleClashScreens()
    }
}
