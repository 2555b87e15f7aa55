import Foundation
import LiaisonCore
import LiaisonStore
import TerminalKit

/// What has the keys on the Insights screen.
public enum InsightsMode: Sendable, Equatable {
    /// The table (and the detail pane when shown).
    case table
    /// Typing into the search field.
    case searching
    /// The filter form.
    case filtering
    /// A picker over the screen (filter value, link target, similar parent).
    case picking
}

/// What an open picker chooses.
public enum InsightsPickerPurpose: Sendable, Equatable {
    /// A value for filter form field `field`.
    case filterValue(field: Int)
    /// The plan objective or decision insight `id` is linked to.
    case link(UUID, [InsightChoice<InsightLink>])
    /// The insight `id` is grouped under.
    case similar(UUID, [InsightChoice<UUID>])
}

/// State of the Insights screen: the query (filters + search), the window of loaded rows
/// around the selection, the detail of the selected insight and whatever overlay is open.
public struct InsightsState: Sendable {
    /// Rows per keyset page.
    public var pageSize = 100
    /// Pages kept around the selection.
    public var maxPages = 5
    /// Bumped for every new query; pages of older queries are dropped when they arrive.
    public private(set) var generation = 0

    public var filters = InsightFilters()
    /// The search text as typed.
    public var search = TextField(placeholder: "words to find", theme: .dark)
    /// The search text the list was last loaded with.
    public private(set) var appliedSearch = ""
    public var mode: InsightsMode = .table

    /// Loaded rows; `total` is the count of the whole listing (nil until loaded).
    public var window = InsightWindow()
    /// The first page of the current query as last loaded, kept when the window slides away
    /// from it so `g` draws it at once; dropped when the query starts again.
    var headPage: Page<Insight>?
    public var total: Int?
    /// True while the listing's matches are being counted (`total` is then the old count of
    /// the same query, or nil).
    public var isCounting = false
    /// The query `total` counts.
    var countedQuery: InsightQuery?
    /// Set by a reload: the data may have changed, so the same query is counted again.
    var totalIsStale = false
    /// Absolute index of the selection and the first visible row.
    public var scroll = ScrollState()
    public var isLoading = false
    var pendingForward = false
    var pendingBackward = false
    /// The insight to select once it is loaded (a deep link).
    var focusID: UUID?

    public var names = InsightNames()
    public var detail: InsightDetail?
    /// nil: shown when the screen is wide; true/false: the user's choice.
    public var detailToggle: Bool?
    /// Rows of the detail pane scrolled away (J/K); back to the top for every new selection.
    public var detailScroll = 0
    public var error: String?

    public var filterForm: InsightFilterForm?
    public var picker: Picker?
    public var pickerPurpose: InsightsPickerPurpose?
    /// HCPs for the filter form's HCP picker (loaded when the form first opens).
    public var hcpChoices: [InsightChoice<HCPID>]?

    /// The store work asked for by the last update; the screen runs each as an effect.
    public internal(set) var outbox: [InsightsLoad] = []

    /// An empty, not yet loaded state.
    public init() {}

    /// The query the list shows for `viewer`.
    public func query(viewer: PersonID?) -> InsightQuery {
        filters.query(search: appliedSearch, viewer: viewer)
    }

    /// Rows the table has: the total when known, else what is loaded.
    public var rowCount: Int { max(total ?? 0, window.end) }

    /// The selected insight when loaded.
    public var selected: Insight? { scroll.selected.flatMap(window.item(at:)) }

    /// The search words, for highlighting.
    public var searchTerms: [String] { FTSQuery.terms(appliedSearch) }

    /// Starts a new query: bumps the generation and forgets loaded rows except the names.
    mutating func restart(search text: String? = nil) {
        generation += 1
        if let text { appliedSearch = text }
        pendingForward = false
        pendingBackward = false
        isLoading = true
    }

    /// Drops the page loads under way (their rows belong to the window being replaced).
    mutating func discardPendingPages() {
        generation += 1
        pendingForward = false
        pendingBackward = false
    }

    /// Marks the search text as changed (typing) and returns the generation to settle on.
    mutating func searchEdited() -> Int {
        generation += 1
        return generation
    }
}
