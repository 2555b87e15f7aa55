import Foundation

/// One change to the data behind a snapshot, so the engine can recompute only what it touches.
public enum DataChange: Hashable, Sendable {
    /// An insight was logged, edited or removed in `regionID` under `theme`; the store has
    /// refreshed that pair's `ThemeActivity` row.
    case insightLogged(regionID: RegionID, theme: ThemeCode)
    /// A touchpoint of `hcpID` was logged, edited or removed; the store has refreshed that
    /// HCP's `TouchpointActivity` row.
    case touchpointLogged(hcpID: HCPID)
    /// A plan was created, edited or deleted. A change of a plan's scope (moving it to
    /// another region) must be sent as `referenceDataChanged`, since the old region is unknown.
    case planChanged(PlanID)
    /// A decision was created, edited (stances, resolution, review date…) or deleted.
    case decisionChanged(UUID)
    /// A triage record was added for a clash.
    case triageChanged(clashID: String)
    /// `now` moved on (e.g. a new day); the store has recomputed every `ThemeActivity` row.
    case clockAdvanced
    /// Regions, people, institutions, products, HCPs (and so the channel profiles and
    /// touchpoint activity rows), role definitions or the taxonomy changed.
    case referenceDataChanged
}
