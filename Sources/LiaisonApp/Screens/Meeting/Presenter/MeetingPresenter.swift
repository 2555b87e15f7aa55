import Foundation
import LiaisonCore
import TerminalKit

/// Presenter mode of the Meeting screen: one agenda item at a time for the shared screen.
/// `MeetingScreen` hands every key, draw and presenter message to it while
/// `MeetingState.mode == .presenter`.
enum MeetingPresenter {
    /// Enters presenter mode on the first active item.
    static func enter(_ state: MeetingState, context: ScreenContext) -> ScreenResult<MeetingState> {
        guard let meeting = state.meeting else { return ScreenResult(state, requests: [.status("Open the meeting first")]) }
        guard !meeting.activeAgenda.isEmpty else {
            return ScreenResult(state, requests: [.status("Every item is dropped — restore one with d to present it")])
        }
        var next = state
        next.mode = .presenter
        next.presenter = PresenterState(meeting: meeting, now: state.now ?? meeting.date)
        let env = context.env
        return ScreenResult(next, effects: [.run { .meeting(.presenter(.started(env.clock()))) }])
    }

    static func keyMap(_ state: MeetingState, context: ScreenContext) -> KeyMap {
        KeyMap(title: "Presenter", bindings: [
            KeyBinding(keys: [.char("n"), .right], label: "n", help: "Next item"),
            KeyBinding(keys: [.char("p"), .left], label: "p", help: "Previous item"),
            KeyBinding(.escape, help: "Back to the agenda"),
        ])
    }

    static func hints(_ state: MeetingState, context: ScreenContext) -> [KeyBinding] {
        keyMap(state, context: context).bindings
    }

    static func update(_ state: MeetingState, _ input: ScreenInput, context: ScreenContext) -> ScreenResult<MeetingState> {
        var next = state
        let now = state.now ?? state.meeting?.date ?? Date(timeIntervalSince1970: 0)
        switch input {
        case .key(.char("n")), .key(.right): next.presenter?.next(at: now)
        case .key(.char("p")), .key(.left): next.presenter?.previous(at: now)
        case .key(.escape), .key(.char("q")):
            next.mode = .agenda
            next.presenter = nil
        case .message(.meeting(.presenter(.started(let time)))):
            if let meeting = next.meeting { next.presenter = PresenterState(meeting: meeting, now: time) }
        default: return .ignored(state)
        }
        return ScreenResult(next)
    }

    static func view(_ state: MeetingState, area: Rect, buffer: inout Buffer, context: ScreenContext) {
        let theme = context.theme
        buffer.fill(area, style: theme.base)
        guard let presenter = state.presenter, let id = presenter.currentID,
              let item = state.meeting?.agenda.first(where: { $0.id == id }) else {
            buffer.write("Nothing to present — press Esc", x: area.x + 1, y: area.y + 1, style: theme.muted, maxWidth: area.width - 2)
            return
        }
        buffer.write("\(item.kind.label) · \(presenter.position)", x: area.x + 1, y: area.y + 1, style: theme.muted, maxWidth: area.width - 2)
        buffer.write(item.title, x: area.x + 1, y: area.y + 3, style: theme.title, maxWidth: area.width - 2)
    }
}
