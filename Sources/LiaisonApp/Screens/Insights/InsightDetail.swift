import Foundation
import LiaisonCore
import LiaisonStore

/// What the detail pane shows besides the insight itself: names, the HCP, the status history,
/// the link target and the similar insights around it.
public struct InsightDetail: Sendable, Equatable {
    /// One status change from the audit log.
    public struct HistoryEntry: Sendable, Equatable {
        public var at: Date
        public var actor: String
        public var change: String
    }

    public var insight: Insight
    public var authorName: String
    public var regionName: String
    public var hcp: HCP?
    public var institution: Institution?
    public var productName: String?
    public var endorserNames: [String]
    /// Oldest first.
    public var history: [HistoryEntry]
    /// What the link points at, in words ("Objective Earlier diagnosis (plan:national-2027-h1)").
    public var linkDescription: String?
    /// The insight this one is grouped under.
    public var parent: Insight?
    /// Insights grouped under this one (the first few) and how many there are.
    public var children: [Insight]
    public var childCount: Int
}
