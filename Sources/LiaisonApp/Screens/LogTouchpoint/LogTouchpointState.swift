import Foundation
import LiaisonCore
import TerminalKit

/// State of the touchpoint form: the chosen HCP, function and channel, the TerminalKit form
/// (which also holds the typed topic and time), an open picker and what the last save said.
public struct LogTouchpointState: Sendable {
    /// Nil until the open effect delivered the choices.
    var choices: LogTouchpointChoices?
    var hcpID: HCPID?
    var function = TouchpointFunction.msl
    var channel = InteractionChannel.faceToFace
    /// Labels, editors and messages as drawn.
    var form: Form
    /// The picker of the focused choice field, when open.
    var picker: ChoicePicker<LogTouchpointField>?
    /// Keys and pastes that arrived before the choices; replayed once they are in.
    var pending: [ScreenInput] = []
    /// Set while a save runs.
    var isSaving = false
    /// A problem with the whole form (load or storage failure).
    var banner: String?

    /// A form that is still loading, starting on `hcpID` when given.
    init(hcpID: HCPID?, theme: Palette) {
        self.hcpID = hcpID
        form = Form(fields: [], theme: theme)
    }

    /// The focused field.
    var focused: LogTouchpointField {
        LogTouchpointField(rawValue: form.focusedIndex) ?? .hcp
    }

    /// The typed topic.
    var topic: String { form.fields.indices.contains(LogTouchpointField.topic.rawValue) ? form.fields[LogTouchpointField.topic.rawValue].value : "" }

    /// The typed time.
    var when: String { form.fields.indices.contains(LogTouchpointField.when.rawValue) ? form.fields[LogTouchpointField.when.rawValue].value : "" }

    /// Builds the form once the choices are in.
    mutating func makeForm(choices: LogTouchpointChoices, theme: Palette) {
        var fields: [FormField] = []
        for field in LogTouchpointField.allCases {
            switch field {
            case .topic:
                fields.append(FormField(label: field.label, kind: .text(TextField(placeholder: "what the contact was about", theme: theme)), isRequired: true))
            case .when:
                fields.append(FormField(label: field.label, kind: .text(TextField(text: choices.time.format(choices.time.now), placeholder: InteractionTime.help, theme: theme))))
            default:
                let placeholder = field == .hcp ? "type a name, institution or city" : "choose…"
                fields.append(FormField(label: field.label, kind: .choice(ChoiceField(options: [], placeholder: placeholder)), isRequired: field == .hcp))
            }
        }
        form = Form(fields: fields, theme: theme)
        form.focus(hcpID == nil ? LogTouchpointField.hcp.rawValue : LogTouchpointField.topic.rawValue)
        refreshChoices()
    }

    /// Shows each choice field's current value.
    mutating func refreshChoices() {
        guard let choices else { return }
        for field in LogTouchpointField.allCases where field.isChoice {
            let label: String? = switch field {
            case .hcp: choices.hcpLabel(hcpID)
            case .function: LogTouchpointField.functionName(function)
            case .channel: LogInsightChoices.channelName(channel)
            case .topic, .when: nil
            }
            guard form.fields.indices.contains(field.rawValue), case .choice(var choice) = form.fields[field.rawValue].kind else { continue }
            choice.options = label.map { [$0] } ?? []
            choice.selected = label == nil ? nil : 0
            form.fields[field.rawValue].kind = .choice(choice)
        }
    }
}
