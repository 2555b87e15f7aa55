/// The editor behind one form field.
public enum FormFieldKind: Equatable, Sendable {
    /// A single-line text field.
    case text(TextField)
    /// A multi-line editor drawn `height` rows tall.
    case textArea(TextArea, height: Int)
    /// A value picked from options.
    case choice(ChoiceField)
}

/// A labelled field of a `Form`, with an optional validation message shown under it.
public struct FormField: Equatable, Sendable {
    /// Label left of the field.
    public var label: String
    /// The editor.
    public var kind: FormFieldKind
    /// Whether `Form.validateRequired()` rejects an empty value.
    public var isRequired: Bool
    /// A validation message shown under the field (nil: valid).
    public var message: String?

    /// Creates a field.
    public init(label: String, kind: FormFieldKind, isRequired: Bool = false, message: String? = nil) {
        self.label = label
        self.kind = kind
        self.isRequired = isRequired
        self.message = message
    }

    /// A single-line text field.
    public static func text(_ label: String, value: String = "", placeholder: String = "", isRequired: Bool = false) -> FormField {
        FormField(label: label, kind: .text(TextField(text: value, placeholder: placeholder)), isRequired: isRequired)
    }

    /// A multi-line text field.
    public static func textArea(_ label: String, value: String = "", placeholder: String = "", height: Int = 4, isRequired: Bool = false) -> FormField {
        FormField(label: label, kind: .textArea(TextArea(text: value, placeholder: placeholder), height: max(1, height)), isRequired: isRequired)
    }

    /// A choice field.
    public static func choice(_ label: String, options: [String], selected: Int? = nil, isRequired: Bool = false) -> FormField {
        FormField(label: label, kind: .choice(ChoiceField(options: options, selected: selected)), isRequired: isRequired)
    }

    /// The field's value as text ("" for an unchosen choice).
    public var value: String {
        switch kind {
        case .text(let field): return field.text
        case .textArea(let area, _): return area.text
        case .choice(let choice): return choice.value ?? ""
        }
    }

    /// Rows the editor occupies (the message adds one more).
    var editorHeight: Int {
        if case .textArea(_, let height) = kind { return height }
        return 1
    }

    /// Rows the field occupies including its message.
    var totalHeight: Int {
        editorHeight + (message == nil ? 0 : 1)
    }
}
