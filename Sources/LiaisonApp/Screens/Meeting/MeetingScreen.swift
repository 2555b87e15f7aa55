import Foundation
import LiaisonCore
import TerminalKit

/// The Meeting screen: this week's Medical Affairs meeting. Agenda mode lists the agenda
/// with the selected item's detail and takes the lead's edits (move, drop, add, note,
/// attendance, actions) and the minutes export; presenter mode (`MeetingPresenter`) shows
/// one item at a time on the shared screen.
public enum MeetingScreen: ScreenModule {
    public static func keyMap(_ state: MeetingState, context: ScreenContext) -> KeyMap {
        if state.mode == .presenter { return MeetingPresenter.keyMap(state, context: context) }
        return agendaKeyMap(state, context: context)
    }

    public static func hints(_ state: MeetingState, context: ScreenContext) -> [KeyBinding] {
        if state.mode == .presenter { return MeetingPresenter.hints(state, context: context) }
        return agendaHints(state, context: context)
    }

    /// True while a form or the checklist is open, and in presenter mode, whose single-letter
    /// keys (`n` next, `p` previous) would otherwise be the app's global keys.
    public static func isCapturingText(_ state: MeetingState) -> Bool {
        state.mode == .presenter || isEditing(state)
    }

    public static func update(_ state: MeetingState, _ input: ScreenInput, context: ScreenContext) -> ScreenResult<MeetingState> {
        if routesToPresenter(state, input) {
            var cleared = state
            cleared.outbox = []
            var result = MeetingPresenter.update(cleared, input, context: context)
            result.effects += effects(result.state.outbox, env: context.env)
            return result
        }
        var next = state
        next.outbox = []
        var requests: [AppRequest] = []
        switch input {
        case .activated, .dataChanged:
            next.outbox.append(.open(by: context.person?.id))
        case .key(.char("p")) where !isEditing(state) && state.meeting != nil:
            var result = MeetingPresenter.enter(next, context: context)
            result.effects += effects(result.state.outbox, env: context.env)
            return result
        case .key(let key):
            guard let asked = handleKey(key, &next, context: context) else { return .ignored(state) }
            requests = asked
        case .paste(let text):
            guard paste(text, &next) else { return .ignored(state) }
        case .mouse(let event):
            guard click(event, &next, context: context) else { return .ignored(state) }
        case .resized: return .ignored(state)
        case .message(.meeting(let message)): requests = receive(message, &next)
        case .message: return .ignored(state)
        }
        askForNames(&next)
        return ScreenResult(next, effects: effects(next.outbox, env: context.env), requests: requests)
    }

    public static func view(_ state: MeetingState, area: Rect, buffer: inout Buffer, context: ScreenContext) {
        if state.mode == .presenter {
            MeetingPresenter.view(state, area: area, buffer: &buffer, context: context)
            return
        }
        MeetingView(state: state, context: context).render(in: area, buffer: &buffer)
    }

    /// Effects for the loads in `outbox`.
    static func effects(_ outbox: [MeetingLoad], env: AppEnvironment) -> [Effect<AppMessage>] {
        outbox.map { load in .run { .meeting(MeetingLoader.perform(load, env: env)) } }
    }

    /// Presenter messages always go to presenter mode; keys, pastes and mouse events only
    /// while it is on.
    private static func routesToPresenter(_ state: MeetingState, _ input: ScreenInput) -> Bool {
        switch input {
        case .message(.meeting(.presenter)): return true
        case .key, .paste, .mouse, .resized: return state.mode == .presenter
        default: return false
        }
    }

    private static func receive(_ message: MeetingMessage, _ state: inout MeetingState) -> [AppRequest] {
        switch message {
        case .opened(let data):
            let keep = state.selectedItem?.id
            state.take(data)
            select(keep, &state)
            syncPresenter(&state)
            return data.created ? [.status("Opened the meeting for \(data.week) with a generated agenda", .success)] : []
        case .saved(let change, let meeting):
            let keep = change == .addItem ? meeting.agenda.last?.id : state.selectedItem?.id
            state.meeting = meeting
            state.error = nil
            closeEditor(for: change, &state)
            select(keep, &state)
            syncPresenter(&state)
            return [.status(change.savedText, .success)]
        case .rejected(let change, let field, let reason):
            return reject(change, field: field, reason: reason, &state)
        case .exported(let format, let path):
            closeExport(&state)
            return [.status("\(format.documentName) written to \(path)", .success)]
        case .exportFailed(_, let path, let reason):
            return failExport(path: path, reason: reason, &state)
        case .failed(let reason):
            state.error = reason
            return []
        case .named(let lines):
            state.evidence.merge(lines) { _, new in new }
            return []
        case .presenter:
            return []
        }
    }

    /// A left click on an agenda row selects it; nil when the click is elsewhere or a form is open.
    private static func click(_ event: MouseEvent, _ state: inout MeetingState, context: ScreenContext) -> Bool {
        guard event.kind == .press(button: 0), !isEditing(state), let count = state.meeting?.agenda.count else { return false }
        let layout = MeetingLayout(context.area)
        let firstRow = layout.list.y + 2
        guard event.x > layout.list.x, event.x < layout.list.right - 1, event.y >= firstRow, event.y < firstRow + layout.listRows else {
            return false
        }
        let scroll = state.selection.clamped(itemCount: count, visibleRows: layout.listRows)
        let index = scroll.offset + event.y - firstRow
        guard index < count else { return false }
        state.selection = scroll.moved(.to(index), itemCount: count, visibleRows: layout.listRows)
        state.actionSelection = 0
        return true
    }

    /// Asks to name the selected item's listed evidence that is not named or asked for yet.
    private static func askForNames(_ state: inout MeetingState) {
        guard let item = state.selectedItem else { return }
        let missing = MeetingDetailPane.listedEvidence(item).filter { state.evidence[$0] == nil && !state.namesAsked.contains($0) }
        guard !missing.isEmpty else { return }
        state.namesAsked.formUnion(missing)
        state.outbox.append(.name(missing))
    }

    /// Keeps the selection on the item `id` (after a reload or a move), else clamps it.
    static func select(_ id: UUID?, _ state: inout MeetingState) {
        guard let agenda = state.meeting?.agenda else { return }
        if let id, let index = agenda.firstIndex(where: { $0.id == id }) {
            state.selection.selected = index
        } else {
            state.selection.selected = agenda.isEmpty ? nil : min(state.selection.selected ?? 0, agenda.count - 1)
        }
    }

    private static func syncPresenter(_ state: inout MeetingState) {
        guard let meeting = state.meeting, state.presenter != nil else { return }
        state.presenter?.sync(with: meeting, at: state.now ?? meeting.date)
    }
}
