import Foundation
import LiaisonCore
import TerminalKit

extension MeetingScreen {
    static func agendaKeyMap(_ state: MeetingState, context: ScreenContext) -> KeyMap {
        KeyMap(title: "Meeting", bindings: [
            KeyBinding(keys: [.char("j"), .down, .char("k"), .up], label: "j/k", help: "Select an item"),
            KeyBinding(.char("p"), help: "Presenter mode"),
        ])
    }

    static func agendaHints(_ state: MeetingState, context: ScreenContext) -> [KeyBinding] {
        agendaKeyMap(state, context: context).bindings
    }

    static func isEditing(_ state: MeetingState) -> Bool { false }

    /// Handles a key; nil when the key means nothing here (the app's fallback applies).
    static func handleKey(_ key: Key, _ state: inout MeetingState, context: ScreenContext) -> [AppRequest]? {
        switch key {
        case .char("p"):
            state.mode = .presenter
        default:
            guard let movement = ScrollMovement(key: key) else { return nil }
            state.selection.move(movement, itemCount: state.meeting?.agenda.count ?? 0, visibleRows: max(1, context.area.height - 4))
        }
        return []
    }

    static func paste(_ text: String, _ state: inout MeetingState) -> Bool { false }

    static func closeEditor(for change: MeetingChange, _ state: inout MeetingState) {}

    static func reject(_ change: MeetingChange, field: String?, reason: String, _ state: inout MeetingState) -> [AppRequest] {
        [.status(reason, .error)]
    }

    static func closeExport(_ state: inout MeetingState) {}

    static func failExport(path: String, reason: String, _ state: inout MeetingState) -> [AppRequest] {
        [.status("\(path): \(reason)", .error)]
    }
}
