import Foundation
import LiaisonCore

/// Filters for insight listings and counts; nil means "any".
public struct InsightQuery: Hashable, Sendable {
    public var regionID: RegionID?
    public var theme: ThemeCode?
    public var productID: ProductID?
    public var hcpID: HCPID?
    public var institutionID: InstitutionID?
    public var authorID: PersonID?
    /// Only insights grouped under this one.
    public var parentID: UUID?
    public var statuses: Set<InsightStatus>?
    /// Interaction at or after this time.
    public var since: Date?
    /// Interaction before this time.
    public var until: Date?
    /// Words as the user typed them; made safe by `FTSQuery.sanitise`. Text with nothing
    /// searchable in it (only punctuation) filters nothing.
    public var search: String?

    /// Creates a query.
    public init(
        regionID: RegionID? = nil, theme: ThemeCode? = nil, productID: ProductID? = nil, hcpID: HCPID? = nil,
        institutionID: InstitutionID? = nil, authorID: PersonID? = nil, parentID: UUID? = nil,
        statuses: Set<InsightStatus>? = nil, since: Date? = nil, until: Date? = nil, search: String? = nil
    ) {
        self.regionID = regionID
        self.theme = theme
        self.productID = productID
        self.hcpID = hcpID
        self.institutionID = institutionID
        self.authorID = authorID
        self.parentID = parentID
        self.statuses = statuses
        self.since = since
        self.until = until
        self.search = search
    }
}
