import LiaisonCore

/// The insights behind one objective: those linked to it, then those of its theme in the region.
public struct ObjectiveInsights: Sendable {
    public var objective: Objective
    public var regionName: String?
    public var linked: [Insight]
    public var ofTheme: [Insight]

    /// Linked first, then the theme's, without repeats.
    public var all: [Insight] {
        let linkedIDs = Set(linked.map(\.id))
        return linked + ofTheme.filter { !linkedIDs.contains($0.id) }
    }
}
