import LiaisonCore
import TerminalKit

/// State of the Clashes screen: every clash status, the filters, the ranked list selection,
/// the open clash's detail and the dismissal dialog.
public struct ClashesState: Sendable {
    public var data: ClashesData? {
        didSet { refilter() }
    }
    public var filters = ClashFilters() {
        didSet { if filters != oldValue { refilter() } }
    }
    /// The statuses passing the filters, in rank order: kept up to date when the data or the
    /// filters change, so drawing a frame does not filter (and copy) thousands of statuses.
    public private(set) var visible: [ClashStatus] = []
    public var scroll = ScrollState()
    /// The detail view is open for this clash id.
    public var openClashID: String?
    public var detail: ClashDetail?
    /// Selection among the detail's evidence rows.
    public var evidenceIndex = 0
    /// First row of the detail page drawn.
    public var detailOffset = 0
    /// The triage keys and the dismissal dialog.
    public var triage = ClashTriageAction()
    /// A clash to open once the list is loaded (a deep link).
    var pendingClashID: String?
    public var error: String?
    /// The session's clashes were still being computed at the last load.
    public var isComputing = false

    /// The store work asked for by the last update.
    public internal(set) var outbox: [ClashesLoad] = []

    /// An empty, not yet loaded state.
    public init() {}

    /// The open dismissal dialog, if any.
    public var dismiss: DismissForm? { triage.dismiss }

    private mutating func refilter() {
        visible = (data?.statuses ?? []).filter(filters.admits)
    }

    /// The status under the list selection.
    public var selected: ClashStatus? {
        let rows = visible
        guard let index = scroll.selected, rows.indices.contains(index) else { return nil }
        return rows[index]
    }

    /// The clash the triage keys act on: the open detail, else the list selection.
    public var current: ClashStatus? {
        guard let openClashID else { return selected }
        if let detail, detail.status.clashID == openClashID { return detail.status }
        return data?.statuses.first { $0.clashID == openClashID }
    }
}
