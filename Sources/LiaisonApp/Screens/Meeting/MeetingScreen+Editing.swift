import Foundation
import LiaisonCore
import TerminalKit

extension MeetingScreen {
    /// Opens the form of `kind` over the agenda.
    static func openForm(_ kind: MeetingFormKind, _ state: inout MeetingState, context: ScreenContext) -> [AppRequest] {
        if case .export = kind {} else if context.person == nil {
            return [.status("Pick who you are first (: then Switch person…)", .error)]
        }
        state.form = MeetingForm(
            kind, itemID: state.selectedItem?.id, people: state.people, week: state.week?.description ?? "week",
            theme: context.theme)
        return []
    }

    static func formKey(_ key: Key, _ state: inout MeetingState, context: ScreenContext) -> [AppRequest] {
        guard var form = state.form else { return [] }
        if var picker = form.picker {
            switch picker.handle(key) {
            case .picked(let option):
                if let field = form.form.fields.firstIndex(where: { $0.label == MeetingForm.ownerLabel }) {
                    form.form.setChoice(field: field, option: option)
                    form.form.fields[field].message = nil
                    form.form.focus(field + 1)
                }
                form.picker = nil
            case .cancelled: form.picker = nil
            case nil: form.picker = picker
            }
            state.form = form
            return []
        }
        switch key {
        case .escape:
            state.form = nil
            return []
        case .ctrl("s"):
            return submit(form, &state, context: context)
        default:
            switch form.form.handle(key) {
            case .submit:
                state.form = form
                return submit(form, &state, context: context)
            case .choose(let field):
                form.picker = form.form.picker(for: field)
                form.picker?.title = "Owner — type to filter"
            case .handled, .ignored:
                break
            }
        }
        state.form = form
        return []
    }

    private static func submit(_ form: MeetingForm, _ state: inout MeetingState, context: ScreenContext) -> [AppRequest] {
        guard let person = context.person else { return [.status("Pick who you are first (: then Switch person…)", .error)] }
        guard let meeting = state.meeting, let week = state.week else { return [] }
        switch form.request(meeting: meeting, week: week, by: person.id) {
        case .load(let load):
            var saving = form
            saving.isSaving = true
            saving.error = nil
            state.form = saving
            state.outbox.append(load)
        case .invalid(let marked):
            state.form = marked
        }
        return []
    }

    /// Pasted text goes into the open form's field or picker query.
    static func paste(_ text: String, _ state: inout MeetingState) -> Bool {
        guard var form = state.form else { return false }
        if form.picker != nil {
            form.picker?.insert(paste: text)
        } else {
            form.form.insert(paste: text)
        }
        state.form = form
        return true
    }

    /// Closes the form that waited for `change` once it was saved.
    static func closeEditor(for change: MeetingChange, _ state: inout MeetingState) {
        if let form = state.form, form.kind.change == change { state.form = nil }
        if change == .attendance { state.attendance?.saving = nil }
    }

    /// Shows a refusal next to the field of the form that waited for `change`, or in the
    /// status bar; what was typed stays.
    static func reject(_ change: MeetingChange, field: String?, reason: String, _ state: inout MeetingState) -> [AppRequest] {
        if change == .attendance { state.attendance?.saving = nil }
        guard let form = state.form, form.kind.change == change else { return [.status("Not saved: \(reason)", .error)] }
        state.form = form.marking(field: field, reason)
        return []
    }

    /// Closes the export dialog after the file was written.
    static func closeExport(_ state: inout MeetingState) {
        if case .export = state.form?.kind { state.form = nil }
    }

    /// Shows why the file could not be written next to the path; the path typed stays.
    static func failExport(path: String, reason: String, _ state: inout MeetingState) -> [AppRequest] {
        guard let form = state.form, case .export = form.kind else { return [.status("\(path): \(reason)", .error)] }
        state.form = form.marking(field: "path", "cannot write \(path): \(reason)")
        return []
    }
}
