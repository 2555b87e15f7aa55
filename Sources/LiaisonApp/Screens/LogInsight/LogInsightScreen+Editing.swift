import LiaisonCore
import TerminalKit

extension LogInsightScreen {
    /// Applies a key, paste or click to the loaded form; schedules a draft save when the
    /// values changed.
    static func edit(_ state: LogInsightState, _ input: ScreenInput, context: ScreenContext) -> ScreenResult<LogInsightState> {
        guard let choices = state.choices else { return ScreenResult(state) }
        var next = state
        switch input {
        case .key(.ctrl("s")): return save(state, as: .submitted, context: context)
        case .key(.ctrl("d")): return save(state, as: .draft, context: context)
        case .key(.escape) where state.picker == nil:
            let request: AppRequest = state.hasContent
                ? .status("Draft kept — press n to continue") : .status("Closed — nothing was typed")
            return ScreenResult(state, requests: [request, .closeLogInsight])
        case .key(let key):
            if next.picker != nil {
                handlePickerKey(key, &next, choices: choices)
            } else {
                handleFieldKey(key, &next, choices: choices)
            }
        case .paste(let text):
            if next.picker != nil {
                next.picker?.insert(paste: text)
            } else {
                next.form.insert(paste: text)
            }
        case .mouse(let mouse):
            guard mouse.kind == .press(button: 0), next.picker == nil else { return ScreenResult(state) }
            let layout = LogInsightLayout(area: context.area)
            if let index = next.form.fieldIndex(atY: mouse.y, in: layout.form) { next.form.focus(index) }
        default:
            return ScreenResult(state)
        }
        LogInsightForm.readTexts(next.form, into: &next.values)
        return afterChange(from: state, to: next, context: context)
    }

    /// Clears messages of fields whose value changed and keeps the draft when anything did.
    private static func afterChange(from old: LogInsightState, to state: LogInsightState, context: ScreenContext) -> ScreenResult<LogInsightState> {
        var next = state
        guard next.values != old.values, let person = context.person else { return ScreenResult(next) }
        for field in LogInsightField.allCases where value(of: field, in: old.values) != value(of: field, in: next.values) {
            next.form.fields[field.rawValue].message = nil
        }
        if next.banner != nil, old.values.whatWasSaid != next.values.whatWasSaid || old.values.whyItMatters != next.values.whyItMatters {
            next.banner = nil
        }
        next.revision += 1
        return ScreenResult(next, effects: [keepDraft(next, personID: person.id, env: context.env)])
    }

    /// Saves the whole form as the person's draft at the state's revision.
    static func keepDraft(_ state: LogInsightState, personID: PersonID, env: AppEnvironment) -> Effect<AppMessage> {
        let store = env.store
        let kind = state.draftKind
        let payload = state.values.encoded()
        let revision = state.revision
        return .run {
            do {
                try store.saveFormDraft(personID: personID, kind: kind, payload: payload, revision: revision)
                return nil
            } catch {
                return .logInsight(.draftSaveFailed("\(error)"))
            }
        }
    }

    private static func handlePickerKey(_ key: Key, _ state: inout LogInsightState, choices: LogInsightChoices) {
        guard var picker = state.picker else { return }
        let outcome = picker.handle(key)
        state.picker = picker
        switch outcome {
        case .picked(let option):
            choose(option, for: picker.field, &state, choices: choices)
            state.picker = nil
            state.form.focus(picker.field.rawValue + 1)
        case .cancelled:
            state.picker = nil
        case nil:
            break
        }
    }

    private static func handleFieldKey(_ key: Key, _ state: inout LogInsightState, choices: LogInsightChoices) {
        let field = state.focused
        guard field.isChoice, let index = choices.index(for: field) else {
            state.form.handle(key)
            return
        }
        switch key {
        case .enter, .char(" "):
            state.picker = ChoicePicker(field: field, index: index)
        case .char(let character):
            state.picker = ChoicePicker(field: field, index: index, query: String(character))
        case .left, .right:
            step(field, by: key == .left ? -1 : 1, &state)
        case .backspace, .delete:
            clear(field, &state)
        default:
            state.form.handle(key)
        }
    }

    /// Sets `field` to option `option` of its picker.
    private static func choose(_ option: Int, for field: LogInsightField, _ state: inout LogInsightState, choices: LogInsightChoices) {
        switch field {
        case .hcp: state.values.hcpID = option == 0 ? nil : choices.hcps[option - 1].id
        case .product: state.values.productID = option == 0 ? nil : choices.products[option - 1].id
        case .theme: state.values.theme = choices.themes[option].code
        case .listeningPriority:
            state.values.listeningPriority = option == 0 ? nil : choices.priorities[option - 1].code
            if state.values.theme == nil, option > 0 { state.values.theme = choices.priorities[option - 1].theme }
        case .sentiment: state.values.sentiment = option - 2
        case .channel: state.values.channel = InteractionChannel.allCases[option]
        case .when, .whatWasSaid, .whyItMatters: break
        }
        LogInsightForm.refreshChoices(&state.form, values: state.values, choices: choices)
    }

    /// ←/→ on sentiment (clamped to −2…+2) and channel (wrapping).
    private static func step(_ field: LogInsightField, by delta: Int, _ state: inout LogInsightState) {
        guard let choices = state.choices else { return }
        switch field {
        case .sentiment: state.values.sentiment = min(2, max(-2, state.values.sentiment + delta))
        case .channel:
            let all = InteractionChannel.allCases
            let current = all.firstIndex(of: state.values.channel) ?? 0
            state.values.channel = all[(current + delta + all.count) % all.count]
        default: return
        }
        LogInsightForm.refreshChoices(&state.form, values: state.values, choices: choices)
    }

    /// Backspace on an optional choice field empties it; sentiment and channel go back to their defaults.
    private static func clear(_ field: LogInsightField, _ state: inout LogInsightState) {
        guard let choices = state.choices else { return }
        switch field {
        case .hcp: state.values.hcpID = nil
        case .product: state.values.productID = nil
        case .theme: state.values.theme = nil
        case .listeningPriority: state.values.listeningPriority = nil
        case .sentiment: state.values.sentiment = 0
        case .channel: state.values.channel = .faceToFace
        case .when, .whatWasSaid, .whyItMatters: return
        }
        LogInsightForm.refreshChoices(&state.form, values: state.values, choices: choices)
    }

    private static func value(of field: LogInsightField, in values: LogInsightDraft) -> String {
        switch field {
        case .hcp: values.hcpID ?? ""
        case .product: values.productID ?? ""
        case .theme: values.theme ?? ""
        case .listeningPriority: values.listeningPriority ?? ""
        case .sentiment: "\(values.sentiment)"
        case .channel: values.channel.rawValue
        case .when: values.when
        case .whatWasSaid: values.whatWasSaid
        case .whyItMatters: values.whyItMatters
        }
    }
}
