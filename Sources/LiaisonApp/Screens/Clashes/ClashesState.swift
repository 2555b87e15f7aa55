import LiaisonCore
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

/// State of the Clashes screen: every clash status, the filters, the ranked list selection,
/// the open clash's detail and the dismissal dialog.
public struct ClashesState: Sendable {
    public var data: ClashesData?
    public var filters = ClashFilters()
    public var scroll = ScrollState()
    /// The detail view is open for this clash id.
    public var openClashID: String?
    public var detail: ClashDetail?
    /// Selection among the detail's evidence rows.
    public var evidenceIndex = 0
    /// First row of the detail page drawn.
    public var detailOffset = 0
    public var dismiss: DismissForm?
    /// A clash to open once the list is loaded (a deep link).
    var pendingClashID: String?
    public var error: String?

    /// The store work asked for by the last update.
    public internal(set) var outbox: [ClashesLoad] = []

    /// An empty, not yet loaded state.
    public init() {}

    /// The statuses passing the filters, in rank order.
    public var visible: [ClashStatus] {
        (data?.statuses ?? []).filter(filters.admits)
    }

    /// The status under the list selection.
    public var selected: ClashStatus? {
        let rows = visible
        guard let index = scroll.selected, rows.indices.contains(index) else { return nil }
        return rows[index]
    }

    /// The clash the triage keys act on: the open detail, else the list selection.
    public var current: ClashStatus? {
        if let openClashID { return detail?.status.clashID == openClashID ? detail?.status : data?.statuses.first { $0.clashID == openClashID } }
        return selected
    }
}
