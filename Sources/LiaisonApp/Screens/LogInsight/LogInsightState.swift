import Foundation
import LiaisonCore
import TerminalKit

/// State of the log-insight form: the values, the TerminalKit form that edits them, an open
/// picker, the draft revision and what the last save attempt said.
public struct LogInsightState: Sendable {
    /// The stored draft insight being continued, if any.
    public internal(set) var draftInsightID: UUID?
    /// The `form_drafts` kind: one kept draft per person for new insights, one per draft insight.
    let draftKind: String
    /// Nil until the open effect delivered the choices.
    var choices: LogInsightChoices?
    /// What has been typed and chosen.
    var values = LogInsightDraft()
    /// Labels, editors and messages as drawn.
    var form: Form
    /// The picker of the focused choice field, when open.
    var picker: ChoicePicker<LogInsightField>?
    /// Revision of the newest draft save asked for.
    var revision = 0
    /// Keys and pastes that arrived before the choices; replayed once they are in.
    var pending: [ScreenInput] = []
    /// Set while a save runs (further Ctrl-S are ignored).
    var isSaving = false
    /// A problem with the whole form (load failure, compliance, storage), shown above the hints.
    var banner: String?
    /// Where the values came from, shown in the title.
    var origin: LogInsightSetup.Origin = .empty

    /// The form kind for drafts of new insights.
    static let newInsightKind = "log-insight"

    /// A form that is still loading.
    init(draftInsightID: UUID?, theme: Palette) {
        self.draftInsightID = draftInsightID
        draftKind = draftInsightID.map { "\(Self.newInsightKind):\($0.uuidString)" } ?? Self.newInsightKind
        form = Form(fields: [], theme: theme)
    }

    /// The focused field.
    var focused: LogInsightField {
        LogInsightField(rawValue: form.focusedIndex) ?? .hcp
    }

    /// True once the user typed or chose anything beyond the defaults.
    var hasContent: Bool {
        values != LogInsightDraft(when: values.when)
    }
}
