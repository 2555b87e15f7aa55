import TerminalKit

/// Builds and refreshes the TerminalKit `Form` behind the log form: one field per
/// `LogInsightField`, choice fields showing the chosen value's label.
enum LogInsightForm {
    /// A form for `values`, focused on `focus`, with text areas sized for a `height`-row form.
    static func make(values: LogInsightDraft, choices: LogInsightChoices, theme: Palette, height: Int, focus: LogInsightField) -> Form {
        let areaHeight = textAreaHeight(formHeight: height)
        var fields: [FormField] = []
        for field in LogInsightField.allCases {
            switch field {
            case .when:
                fields.append(FormField(label: field.label, kind: .text(TextField(text: values.when, placeholder: InteractionTime.help, theme: theme))))
            case .whatWasSaid, .whyItMatters:
                let text = field == .whatWasSaid ? values.whatWasSaid : values.whyItMatters
                let placeholder = field == .whatWasSaid ? "what the HCP said, in their words" : "why it matters for the plan (optional)"
                fields.append(FormField(label: field.label, kind: .textArea(TextArea(text: text, placeholder: placeholder, theme: theme), height: areaHeight),
                                        isRequired: field.isRequired))
            default:
                fields.append(FormField(label: field.label, kind: .choice(ChoiceField(options: [], placeholder: placeholder(field))), isRequired: field.isRequired))
            }
        }
        var form = Form(fields: fields, theme: theme)
        form.focus(focus.rawValue)
        refreshChoices(&form, values: values, choices: choices)
        return form
    }

    /// Rows of each text area in a form `height` rows tall.
    static func textAreaHeight(formHeight: Int) -> Int {
        min(8, max(2, (formHeight - 7 - 3) / 2))
    }

    /// Resizes the text areas for a new form height.
    static func resize(_ form: inout Form, formHeight: Int) {
        let height = textAreaHeight(formHeight: formHeight)
        for index in form.fields.indices {
            if case .textArea(let area, _) = form.fields[index].kind {
                form.fields[index].kind = .textArea(area, height: height)
            }
        }
    }

    /// Shows each choice field's current value.
    static func refreshChoices(_ form: inout Form, values: LogInsightDraft, choices: LogInsightChoices) {
        for field in LogInsightField.allCases where field.isChoice {
            let label: String? = switch field {
            case .hcp: choices.hcpLabel(values.hcpID)
            case .product: choices.productName(values.productID)
            case .theme: choices.themeName(values.theme)
            case .listeningPriority: choices.priorityQuestion(values.listeningPriority)
            case .sentiment: LogInsightChoices.sentimentLabels[values.sentiment + 2]
            case .channel: LogInsightChoices.channelName(values.channel)
            case .when, .whatWasSaid, .whyItMatters: nil
            }
            guard case .choice(var choice) = form.fields[field.rawValue].kind else { continue }
            choice.options = label.map { [$0] } ?? []
            choice.selected = label == nil ? nil : 0
            form.fields[field.rawValue].kind = .choice(choice)
        }
    }

    /// Copies the typed texts from the form into `values`.
    static func readTexts(_ form: Form, into values: inout LogInsightDraft) {
        values.when = form.fields[LogInsightField.when.rawValue].value
        values.whatWasSaid = form.fields[LogInsightField.whatWasSaid.rawValue].value
        values.whyItMatters = form.fields[LogInsightField.whyItMatters.rawValue].value
    }

    private static func placeholder(_ field: LogInsightField) -> String {
        switch field {
        case .hcp: "type a name, institution or city"
        case .product: "type to pick (optional)"
        case .theme: "type to pick"
        case .listeningPriority: "national listening priority (optional)"
        default: "choose…"
        }
    }
}
