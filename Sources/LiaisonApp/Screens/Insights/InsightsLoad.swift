import Foundation
import LiaisonCore
import LiaisonStore

/// One piece of store work the Insights screen asks for. `update` records what it asks in
/// `InsightsState.outbox`; the screen turns each into an effect running `InsightsLoader.perform`,
/// and tests run the same function directly.
public enum InsightsLoad: Sendable, Equatable {
    /// Names of regions, products and people for the table and filters.
    case names
    /// The first page of `query` (or the page around `focus`), replacing the list.
    case first(generation: Int, query: InsightQuery, limit: Int, focus: UUID?)
    /// The last page of `query` (its oldest rows), replacing the list; `total` is the count
    /// of `query` when known, else the loader counts it (the rows' absolute positions need it).
    case last(generation: Int, query: InsightQuery, limit: Int, total: Int?)
    /// How many insights match `query` (asked once its first page is shown: counting every
    /// match takes long on a large database, the rows do not).
    case count(generation: Int, query: InsightQuery)
    /// The page after `cursor`.
    case next(generation: Int, query: InsightQuery, cursor: PageCursor, limit: Int)
    /// The page before `cursor`.
    case previous(generation: Int, query: InsightQuery, cursor: PageCursor, limit: Int)
    /// Everything the detail pane shows about one insight.
    case detail(UUID)
    /// The selection rested on insight `id` (sent back after a short delay, so scrolling
    /// through rows does not load the detail of every row passed).
    case settleDetail(UUID)
    /// The search text settled (sent back after the debounce delay).
    case settle(generation: Int)
    /// A lifecycle action by `person`.
    case perform(InsightAction, id: UUID, person: PersonID, link: InsightLink?, parent: UUID?)
    /// Plan objectives and decisions an insight in `regionID` can be linked to.
    case linkTargets(insightID: UUID, regionID: RegionID)
    /// Recent insights in `theme` the insight can be grouped under.
    case similarCandidates(insightID: UUID, theme: ThemeCode)
    /// HCPs for the filter picker.
    case hcpChoices
}

/// Which way a page extends the window.
public enum PageDirection: Sendable, Equatable {
    case forward
    case backward
}

/// A choice in one of the screen's pickers: a label and what picking it means.
public struct InsightChoice<Value: Sendable & Equatable>: Sendable, Equatable {
    public var label: String
    public var value: Value

    /// Creates a choice.
    public init(label: String, value: Value) {
        self.label = label
        self.value = value
    }
}
