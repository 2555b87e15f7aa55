import Foundation
import LiaisonApp
import LiaisonCore
import TerminalKit

extension AppDriver {
    /// Runs the loads the Meeting screen and its presenter asked for (both outboxes), delivering each result,
    /// until nothing more is asked.
    mutating func settlePresenter() {
        func collect(_ driver: AppDriver) -> [AppMessage] {
            driver.state.meeting.outbox.map { .meeting(MeetingLoader.perform($0, env: driver.env)) }
                + driver.state.meeting.presenterSession.outbox.map { .meeting(.presenter($0.perform(env: driver.env))) }
        }
        var pending = collect(self)
        var rounds = 0
        while !pending.isEmpty, rounds < 100 {
            rounds += 1
            deliver(pending.removeFirst())
            pending += collect(self)
        }
    }

    /// Presses each key, then runs what the meeting asked for.
    mutating func pressPresenter(_ keys: Key...) {
        for key in keys {
            send(.key(key))
            settlePresenter()
        }
    }

    /// Opens the Meeting screen and presenter mode with the presenter's clock at `start`.
    mutating func startPresenter(at start: Date) {
        pressPresenter(.char(Character(String(Screen.meeting.number))))
        pressPresenter(.char("p"))
        deliver(.meeting(.presenter(.started(start))))
        settlePresenter()
    }

    /// Moves the presenter's clock to `time` (what the once-a-second tick delivers).
    mutating func presenterClock(_ time: Date) {
        deliver(.meeting(.presenter(.clock(time))))
    }

    /// The agenda item on the presenter screen.
    var presentedItem: AgendaItem? {
        guard let id = state.meeting.presenter?.currentID else { return nil }
        return state.meeting.meeting?.agenda.first { $0.id == id }
    }

    /// Presses n (or p) until an item of `kind` is on screen; false when there is none.
    mutating func presentFirst(_ kind: AgendaItemKind, where matches: (AgendaItem) -> Bool = { _ in true }) -> Bool {
        let count = state.meeting.presenter?.itemIDs.count ?? 0
        for _ in 0..<count { pressPresenter(.char("p")) }
        for _ in 0..<count {
            if let item = presentedItem, item.kind == kind, matches(item) { return true }
            pressPresenter(.char("n"))
        }
        return false
    }
}
