import Foundation
import LiaisonCore
import TerminalKit

/// Presenter mode of the Meeting screen: one agenda item at a time for the shared screen,
/// large and high-contrast, with a timer against the item's time box, its evidence, and the
/// decision ritual and clash triage in place. `MeetingScreen` hands every key, draw and
/// presenter message to it while `MeetingState.mode == .presenter`.
enum MeetingPresenter {
    /// Enters presenter mode on the first active item; the clock is read in an effect and
    /// comes back as `.started`.
    static func enter(_ state: MeetingState, context: ScreenContext) -> ScreenResult<MeetingState> {
        guard let meeting = state.meeting else { return ScreenResult(state, requests: [.status("Open the meeting first")]) }
        guard !meeting.activeAgenda.isEmpty else {
            return ScreenResult(state, requests: [.status("Every item is dropped — restore one with d to present it")])
        }
        var next = state
        next.mode = .presenter
        next.presenter = PresenterState(meeting: meeting, now: state.now ?? meeting.date)
        next.presenterSession = PresenterSession()
        let env = context.env
        return ScreenResult(next, effects: [.run { .meeting(.presenter(.started(env.clock()))) }])
    }

    static func update(_ state: MeetingState, _ input: ScreenInput, context: ScreenContext) -> ScreenResult<MeetingState> {
        var next = state
        next.presenterSession.outbox = []
        var requests: [AppRequest] = []
        var effects: [Effect<AppMessage>] = []
        switch input {
        case .key(let key):
            guard let asked = handleKey(key, &next, context: context) else { return .ignored(state) }
            requests = asked
            if next.mode != .presenter { effects.append(.cancel(id: PresenterSession.timerID)) }
        case .paste(let text):
            if next.presenterSession.ritual.isOpen {
                next.presenterSession.ritual.paste(text)
            } else if next.presenterSession.triage.isDialogOpen {
                next.presenterSession.triage.paste(text)
            } else if !MeetingScreen.paste(text, &next) {
                return .ignored(state)
            }
        case .resized:
            break
        case .message(.meeting(.presenter(let message))):
            requests = receive(message, &next, context: context, effects: &effects)
        case .activated, .dataChanged, .mouse, .message:
            return .ignored(state)
        }
        let env = context.env
        effects += next.presenterSession.outbox.map { load in .run { .meeting(.presenter(load.perform(env: env))) } }
        return ScreenResult(next, effects: effects, requests: requests)
    }

    static func view(_ state: MeetingState, area: Rect, buffer: inout Buffer, context: ScreenContext) {
        PresenterView(state: state, context: context).render(in: area, buffer: &buffer)
    }

    /// The item on screen.
    static func currentItem(_ state: MeetingState) -> AgendaItem? {
        guard let id = state.presenter?.currentID else { return nil }
        return state.meeting?.agenda.first { $0.id == id }
    }

    /// The time the timer and the walk are judged at: the last clock reading, else the time
    /// the meeting was opened.
    static func now(_ state: MeetingState) -> Date {
        state.presenterSession.clock ?? state.now ?? state.meeting?.date ?? Date(timeIntervalSince1970: 0)
    }

    /// Asks for the data of the item on screen (again, so a decision or triage made elsewhere shows).
    static func loadCurrent(_ state: inout MeetingState) {
        guard let item = currentItem(state) else { return }
        state.presenterSession.outbox.append(.item(item))
    }

    private static func receive(
        _ message: MeetingPresenterMessage, _ state: inout MeetingState, context: ScreenContext, effects: inout [Effect<AppMessage>]
    ) -> [AppRequest] {
        let env = context.env
        switch message {
        case .started(let time):
            guard state.mode == .presenter, let meeting = state.meeting else { return [] }
            state.presenter = PresenterState(meeting: meeting, now: time)
            state.presenterSession.clock = time
            loadCurrent(&state)
            effects.append(.every(.seconds(1), id: PresenterSession.timerID, .meeting(.presenter(.tick))))
        case .tick:
            guard state.mode == .presenter else {
                effects.append(.cancel(id: PresenterSession.timerID))
                return []
            }
            effects.append(.run { .meeting(.presenter(.clock(env.clock()))) })
        case .clock(let time):
            state.presenterSession.clock = time
        case .itemLoaded(let data):
            state.presenterSession.items[data.itemID] = data
            state.presenterSession.failures[data.itemID] = nil
        case .itemFailed(let id, let reason):
            state.presenterSession.failures[id] = reason
        case .decision(let result):
            if case .saved = result { loadCurrent(&state) }
            return state.presenterSession.ritual.apply(result)
        case .triage(let result):
            switch result {
            case .triaged, .escalated: loadCurrent(&state)
            case .triageFailed, .listed, .detailLoaded, .failed, .computing: break
            }
            return state.presenterSession.triage.apply(result)
        }
        return []
    }
}
