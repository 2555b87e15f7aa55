import TerminalKit

/// The dismissal dialog: the reason typed so far and the store's refusal, if any.
public struct DismissForm: Sendable, Equatable {
    public var clashID: String
    public var form: Form
    /// Why the last attempt was refused; the reason field keeps its text.
    public var error: String?
    /// True while the dismissal is being stored.
    public var isSaving = false

    /// An empty form for `clashID`.
    init(clashID: String, theme: Palette) {
        self.clashID = clashID
        form = Form(fields: [.text("Reason", placeholder: "why this clash needs no action", isRequired: true)], theme: theme)
    }

    /// The reason as typed.
    public var reason: String { form.fields.first?.value ?? "" }
}
