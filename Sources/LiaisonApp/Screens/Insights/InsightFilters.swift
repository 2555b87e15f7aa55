import Foundation
import LiaisonCore
import LiaisonStore

/// The filters of the Insights screen, combined with each other and with the search text.
/// `nil` means "any". Drafts are private: the list hides them unless `draftsOnly` asks for
/// the current person's own drafts.
public struct InsightFilters: Hashable, Sendable {
    public var regionID: RegionID?
    public var theme: ThemeCode?
    public var productID: ProductID?
    public var hcpID: HCPID?
    public var authorID: PersonID?
    public var status: InsightStatus?
    /// Interaction on or after this UTC day.
    public var since: Date?
    /// Interaction on or before this UTC day (the whole day counts).
    public var until: Date?

    /// No filters.
    public init(
        regionID: RegionID? = nil, theme: ThemeCode? = nil, productID: ProductID? = nil, hcpID: HCPID? = nil,
        authorID: PersonID? = nil, status: InsightStatus? = nil, since: Date? = nil, until: Date? = nil
    ) {
        self.regionID = regionID
        self.theme = theme
        self.productID = productID
        self.hcpID = hcpID
        self.authorID = authorID
        self.status = status
        self.since = since
        self.until = until
    }

    /// True when no filter is set.
    public var isEmpty: Bool { self == InsightFilters() }

    /// The store query for these filters, the search text and the person looking: drafts only
    /// when the status filter asks for them, and then only the person's own.
    public func query(search: String, viewer: PersonID?) -> InsightQuery {
        var query = InsightQuery(
            regionID: regionID, theme: theme, productID: productID, hcpID: hcpID, authorID: authorID,
            since: since, until: until.map { $0.addingTimeInterval(86_400) })
        if let status {
            query.statuses = [status]
            if status == .draft { query.authorID = viewer ?? "person:nobody" }
        } else {
            query.statuses = Set(InsightStatus.allCases).subtracting([.draft])
        }
        let trimmed = search.trimmingCharacters(in: .whitespaces)
        query.search = trimmed.isEmpty ? nil : trimmed
        return query
    }

    /// The active filters as short phrases, in form order, with names from `names`.
    public func summary(names: InsightNames, taxonomy: Taxonomy) -> [String] {
        var parts: [String] = []
        if let regionID { parts.append("region \(names.region(regionID))") }
        if let theme { parts.append("theme \(taxonomy.theme(theme)?.name ?? theme)") }
        if let productID { parts.append("product \(names.product(productID))") }
        if let hcpID { parts.append("HCP \(names.hcp(hcpID))") }
        if let authorID { parts.append("author \(names.person(authorID))") }
        if let status { parts.append("status \(status.rawValue)") }
        if let since { parts.append("since \(DayFormat.iso(since))") }
        if let until { parts.append("until \(DayFormat.iso(until))") }
        return parts
    }
}
