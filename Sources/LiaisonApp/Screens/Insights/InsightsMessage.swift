import Foundation
import LiaisonCore
import LiaisonStore

/// The first page of a listing, as loaded for a new query or a deep link.
public struct InsightListing: Sendable, Equatable {
    /// How many insights match the query; nil when not counted (the screen counts separately).
    public var total: Int?
    /// The rows loaded, starting at absolute index `start`.
    public var page: Page<Insight>
    public var start: Int
    /// The insight to select (a deep link), when it was found.
    public var focusID: UUID?
    /// True for the last page of the listing (`G`): its last row is selected.
    public var selectsLast: Bool

    /// Creates a listing.
    public init(total: Int? = nil, page: Page<Insight>, start: Int = 0, focusID: UUID? = nil, selectsLast: Bool = false) {
        self.total = total
        self.page = page
        self.start = start
        self.focusID = focusID
        self.selectsLast = selectsLast
    }
}

/// Messages of the Insights screen: results of `InsightsLoad`s and dialog answers.
public enum InsightsMessage: Sendable {
    case namesLoaded(InsightNames)
    case listed(generation: Int, InsightListing)
    case pageLoaded(generation: Int, PageDirection, Page<Insight>)
    case counted(generation: Int, Int)
    case detailLoaded(InsightDetail)
    case searchSettled(generation: Int)
    case detailSettled(UUID)
    case performed(InsightAction, Insight)
    case actionFailed(String)
    case failed(String)
    case linkTargetsLoaded(insightID: UUID, [InsightChoice<InsightLink>])
    case similarLoaded(insightID: UUID, [InsightChoice<UUID>])
    case hcpChoicesLoaded([InsightChoice<HCPID>])
    /// The user confirmed archiving the insight.
    case confirmArchive(UUID)
}
