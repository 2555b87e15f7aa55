import Foundation
import LiaisonCore
import LiaisonStore
import TerminalKit

extension LogTouchpointScreen {
    /// Applies a key, paste or click to the loaded form.
    static func edit(_ state: LogTouchpointState, _ input: ScreenInput, context: ScreenContext) -> ScreenResult<LogTouchpointState> {
        guard let choices = state.choices else { return ScreenResult(state) }
        var next = state
        switch input {
        case .key(.ctrl("s")): return save(state, context: context)
        case .key(let key) where next.picker != nil:
            handlePickerKey(key, &next)
        case .key(let key):
            if handleFieldKey(key, &next, choices: choices) == .submit { return save(next, context: context) }
        case .paste(let text):
            if next.picker != nil { next.picker?.insert(paste: text) } else { next.form.insert(paste: text) }
        case .mouse(let mouse):
            guard mouse.kind == .press(button: 0), next.picker == nil else { return ScreenResult(state) }
            if let index = next.form.fieldIndex(atY: mouse.y, in: LogInsightLayout(area: context.area).form) { next.form.focus(index) }
        default:
            return ScreenResult(state)
        }
        for field in LogTouchpointField.allCases where next.form.fields[field.rawValue].value != state.form.fields[field.rawValue].value {
            next.form.fields[field.rawValue].message = nil
        }
        return ScreenResult(next)
    }

    private static func handlePickerKey(_ key: Key, _ state: inout LogTouchpointState) {
        guard var picker = state.picker else { return }
        let outcome = picker.handle(key)
        state.picker = picker
        switch outcome {
        case .picked(let option):
            choose(option, for: picker.field, &state)
            state.picker = nil
            state.form.focus(picker.field.rawValue + 1)
        case .cancelled:
            state.picker = nil
        case nil:
            break
        }
    }

    private static func handleFieldKey(_ key: Key, _ state: inout LogTouchpointState, choices: LogTouchpointChoices) -> Form.Action {
        let field = state.focused
        guard field.isChoice, let index = choices.index(for: field) else { return state.form.handle(key) }
        switch key {
        case .enter, .char(" "):
            state.picker = ChoicePicker(field: field, title: field.pickerTitle, index: index)
        case .char(let character):
            state.picker = ChoicePicker(field: field, title: field.pickerTitle, index: index, query: String(character))
        case .left, .right:
            step(field, by: key == .left ? -1 : 1, &state)
        case .backspace, .delete:
            if field == .hcp { state.hcpID = nil }
            state.refreshChoices()
        default:
            return state.form.handle(key)
        }
        return .handled
    }

    private static func choose(_ option: Int, for field: LogTouchpointField, _ state: inout LogTouchpointState) {
        guard let choices = state.choices else { return }
        switch field {
        case .hcp: state.hcpID = choices.hcps[option].id
        case .function: state.function = TouchpointFunction.allCases[option]
        case .channel: state.channel = InteractionChannel.allCases[option]
        case .topic, .when: return
        }
        state.form.fields[field.rawValue].message = nil
        state.refreshChoices()
    }

    /// ←/→ on function and channel (wrapping).
    private static func step(_ field: LogTouchpointField, by delta: Int, _ state: inout LogTouchpointState) {
        switch field {
        case .function:
            let all = TouchpointFunction.allCases
            state.function = all[((all.firstIndex(of: state.function) ?? 0) + delta + all.count) % all.count]
        case .channel:
            let all = InteractionChannel.allCases
            state.channel = all[((all.firstIndex(of: state.channel) ?? 0) + delta + all.count) % all.count]
        default: return
        }
        state.refreshChoices()
    }

    /// Checks the HCP, topic and time; when they pass, saves in an effect through the clash
    /// service (which recomputes touchpoint noise), else the store's audited write.
    static func save(_ state: LogTouchpointState, context: ScreenContext) -> ScreenResult<LogTouchpointState> {
        guard !state.isSaving, let choices = state.choices, let person = context.person else { return ScreenResult(state) }
        var next = state
        next.picker = nil
        var messages: [LogTouchpointField: String] = [:]
        let hcp = choices.hcp(state.hcpID)
        if hcp == nil { messages[.hcp] = "Required — type to pick the HCP" }
        let topic = state.topic.trimmingCharacters(in: .whitespacesAndNewlines)
        if topic.isEmpty { messages[.topic] = "Required — what was the contact about?" }
        var date: Date?
        switch choices.time.parse(state.when) {
        case .success(let parsed): date = parsed
        case .failure(let error): messages[.when] = error.reason
        }
        for field in LogTouchpointField.allCases { next.form.fields[field.rawValue].message = messages[field] }
        guard messages.isEmpty, let hcp, let date else {
            let first = LogTouchpointField.allCases.first { messages[$0] != nil } ?? .topic
            next.form.focus(first.rawValue)
            return ScreenResult(next, requests: [.status("Not saved — fix \(first.label)", .error)])
        }
        next.isSaving = true
        let store = context.env.store
        let clashes = context.env.clashHandle
        let function = state.function
        let channel = state.channel
        let effect: Effect<AppMessage> = .run {
            do {
                let touchpoint = try Touchpoint(hcpID: hcp.id, date: date, function: function, channel: channel, topic: topic)
                if let service = clashes?.service {
                    try service.insertTouchpoint(touchpoint, by: person.id)
                } else {
                    try store.insertTouchpoint(touchpoint, by: person.id)
                    try clashes?.refresh { try $0.touchpointChanged(hcpID: hcp.id) }
                }
                return .logTouchpoint(.saved(touchpoint, hcpName: hcp.name))
            } catch let error as ValidationError {
                return .logTouchpoint(.rejected(error))
            } catch {
                return .logTouchpoint(.saveFailed("\(error)"))
            }
        }
        return ScreenResult(next, effects: [effect])
    }
}
