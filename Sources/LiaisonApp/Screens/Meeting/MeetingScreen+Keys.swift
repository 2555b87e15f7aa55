import Foundation
import LiaisonCore
import TerminalKit

extension MeetingScreen {
    static func agendaKeyMap(_ state: MeetingState, context: ScreenContext) -> KeyMap {
        if let form = state.form {
            var bindings = [
                KeyBinding(keys: [.tab, .backTab], label: "Tab/Shift-Tab", help: "Next / previous field"),
                KeyBinding(.enter, help: form.kind == .action ? "Next field; on Owner opens the people picker" : "Next field; saves from the last"),
                KeyBinding(.ctrl("s"), help: "Save"),
                KeyBinding(.escape, help: "Cancel"),
            ]
            if form.picker != nil { bindings = [KeyBinding(.enter, help: "Pick the owner"), KeyBinding(.escape, help: "Close the picker")] }
            return KeyMap(title: form.kind.title, bindings: bindings)
        }
        if state.attendance != nil {
            return KeyMap(title: "Attendance", bindings: [
                KeyBinding(keys: [.char("j"), .down, .char("k"), .up], label: "↑/↓", help: "Move"),
                KeyBinding(keys: [.char(" "), .enter], label: "Space", help: "Tick / untick (saved at once)"),
                KeyBinding(.escape, help: "Close"),
            ])
        }
        return KeyMap(title: "Meeting", bindings: [
            KeyBinding(keys: [.char("j"), .down, .char("k"), .up], label: "j/k", help: "Select an agenda item"),
            KeyBinding(keys: [.char("J"), .char("K")], label: "J/K", help: "Move the item down / up"),
            KeyBinding(.char("d"), help: "Drop the item, or restore a dropped one"),
            KeyBinding(.char("a"), help: "Add a free item (title, time box)"),
            KeyBinding(.char("N"), help: "Add a note to the item"),
            KeyBinding(.char("t"), help: "New action under the item (title, owner, due date)"),
            KeyBinding(keys: [.char("["), .char("]")], label: "[/]", help: "Select an action of the item"),
            KeyBinding(.char("x"), help: "Cycle the action's status: open → done → cancelled"),
            KeyBinding(.char("A"), help: "Attendance"),
            KeyBinding(.char("e"), help: "Export the Markdown minutes"),
            KeyBinding(.char("E"), help: "Export the HTML report (with charts)"),
            KeyBinding(.char("p"), help: "Presenter mode"),
        ])
    }

    static func agendaHints(_ state: MeetingState, context: ScreenContext) -> [KeyBinding] {
        if state.form?.picker != nil { return [KeyBinding(.enter, help: "pick"), KeyBinding(.escape, help: "close")] }
        if state.form != nil {
            return [KeyBinding(.tab, help: "field"), KeyBinding(.ctrl("s"), help: "save"), KeyBinding(.escape, help: "cancel")]
        }
        if state.attendance != nil { return [KeyBinding(.char(" "), help: "tick"), KeyBinding(.escape, help: "close")] }
        guard state.meeting != nil else { return [] }
        return [
            KeyBinding(keys: [.char("J"), .char("K")], label: "J/K", help: "move"), KeyBinding(.char("d"), help: "drop"),
            KeyBinding(.char("N"), help: "note"), KeyBinding(.char("t"), help: "action"), KeyBinding(.char("A"), help: "attend"),
            KeyBinding(.char("e"), help: "export"), KeyBinding(.char("p"), help: "present"),
        ]
    }

    static func isEditing(_ state: MeetingState) -> Bool { state.form != nil || state.attendance != nil }

    /// Handles a key; nil when the key means nothing here (the app's fallback applies).
    static func handleKey(_ key: Key, _ state: inout MeetingState, context: ScreenContext) -> [AppRequest]? {
        if state.form != nil { return formKey(key, &state, context: context) }
        if state.attendance != nil { return attendanceKey(key, &state, context: context) }
        guard let meeting = state.meeting else { return nil }
        switch key {
        case .char("J"), .char("K"):
            guard let item = state.selectedItem, let index = state.selection.selected else { return [.status("No item here")] }
            let target = key == .char("J") ? index + 1 : index - 1
            guard meeting.agenda.indices.contains(target) else { return [.status(target < 0 ? "Already first" : "Already last")] }
            return save([.move(item: item.id, to: target)], .move, &state, context: context)
        case .char("d"):
            guard let item = state.selectedItem else { return [.status("No item here")] }
            return save([item.isDropped ? .restore(item: item.id) : .drop(item: item.id)], item.isDropped ? .restore : .drop,
                        &state, context: context)
        case .char("a"): return openForm(.addItem, &state, context: context)
        case .char("N"), .char("t"):
            guard state.selectedItem != nil else { return [.status("Select an agenda item first")] }
            return openForm(key == .char("N") ? .note : .action, &state, context: context)
        case .char("["), .char("]"):
            let count = state.selectedItemActions.count
            guard count > 0 else { return [.status("No action under this item — add one with t")] }
            state.actionSelection = (min(state.actionSelection, count - 1) + (key == .char("]") ? 1 : count - 1)) % count
        case .char("x"):
            guard let action = state.selectedAction else { return [.status("No action under this item — add one with t")] }
            return save([.setActionStatus(action: action.id, status: nextStatus(action.status))], .actionStatus, &state, context: context)
        case .char("A"):
            guard context.person != nil else { return [.status("Pick who you are first (: then Switch person…)", .error)] }
            state.attendance = AttendanceChecklist()
        case .char("e"): return openForm(.export(.markdown), &state, context: context)
        case .char("E"): return openForm(.export(.html), &state, context: context)
        default:
            guard let movement = ScrollMovement(key: key) else { return nil }
            state.selection.move(movement, itemCount: meeting.agenda.count, visibleRows: MeetingLayout(context.area).listRows)
            state.actionSelection = 0
        }
        return []
    }

    /// open → done → cancelled → open.
    static func nextStatus(_ status: ActionStatus) -> ActionStatus {
        switch status {
        case .open: .done
        case .done: .cancelled
        case .cancelled: .open
        }
    }

    /// Asks the store to apply `edits` as the current person.
    static func save(_ edits: [MeetingEdit], _ change: MeetingChange, _ state: inout MeetingState, context: ScreenContext) -> [AppRequest] {
        guard let person = context.person else { return [.status("Pick who you are first (: then Switch person…)", .error)] }
        guard let meeting = state.meeting else { return [] }
        state.outbox.append(.edit(edits, change, meetingID: meeting.id, by: person.id))
        return []
    }

    private static func attendanceKey(_ key: Key, _ state: inout MeetingState, context: ScreenContext) -> [AppRequest] {
        guard var checklist = state.attendance else { return [] }
        switch key {
        case .escape, .char("q"):
            state.attendance = nil
            return []
        case .char(" "), .enter:
            guard let index = checklist.scroll.selected, state.people.indices.contains(index), let meeting = state.meeting else { return [] }
            let person = state.people[index].id
            checklist.saving = person
            state.attendance = checklist
            return save([AttendanceChecklist.toggle(person, attendees: meeting.attendees)], .attendance, &state, context: context)
        default:
            guard let movement = ScrollMovement(key: key) else { return [] }
            checklist.scroll.move(movement, itemCount: state.people.count, visibleRows: AttendanceChecklist.visibleRows(context.area))
            state.attendance = checklist
            return []
        }
    }
}
