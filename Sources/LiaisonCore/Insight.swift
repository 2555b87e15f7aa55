import Foundation

/// How an interaction with an HCP took place.
public enum InteractionChannel: String, Codable, CaseIterable, Sendable {
    case faceToFace
    case remote
    case phone
    case email
    case congress
    case event
}

/// What a doctor told the field, logged by an MSL or RMD minutes after a visit.
public struct Insight: Codable, Hashable, Sendable, Identifiable {
    public var id: UUID
    public var authorID: PersonID
    public var regionID: RegionID
    public var hcpID: HCPID?
    public var institutionID: InstitutionID?
    public var productID: ProductID?
    public var theme: ThemeCode
    /// The national listening priority this insight answers, e.g. `lp:diagnosis-delay`.
    public var listeningPriority: String?
    /// When the conversation took place.
    public var interactionAt: Date
    /// When the insight was written down.
    public var loggedAt: Date
    public var whatWasSaid: String
    public var whyItMatters: String
    /// −2 (very negative) … +2 (very positive).
    public var sentiment: Int
    public var channel: InteractionChannel
    public var tags: [String]
    public var status: InsightStatus
    /// Set once the insight changed something.
    public var link: InsightLink?
    /// The insight this one was grouped under as similar.
    public var parentID: UUID?
    /// Colleagues who endorsed (+1) it.
    public var endorsedBy: [PersonID]

    /// Creates an insight, rejecting a sentiment outside −2…2, empty text or a log time
    /// before the interaction.
    public init(
        id: UUID = UUID(), authorID: PersonID, regionID: RegionID, hcpID: HCPID? = nil,
        institutionID: InstitutionID? = nil, productID: ProductID? = nil, theme: ThemeCode,
        listeningPriority: String? = nil, interactionAt: Date, loggedAt: Date,
        whatWasSaid: String, whyItMatters: String = "", sentiment: Int = 0,
        channel: InteractionChannel = .faceToFace, tags: [String] = [], status: InsightStatus = .submitted,
        link: InsightLink? = nil, parentID: UUID? = nil, endorsedBy: [PersonID] = []
    ) throws(ValidationError) {
        self.id = id
        self.authorID = authorID
        self.regionID = regionID
        self.hcpID = hcpID
        self.institutionID = institutionID
        self.productID = productID
        self.theme = theme
        self.listeningPriority = listeningPriority
        self.interactionAt = interactionAt
        self.loggedAt = loggedAt
        self.whatWasSaid = whatWasSaid
        self.whyItMatters = whyItMatters
        self.sentiment = sentiment
        self.channel = channel
        self.tags = tags
        self.status = status
        self.link = link
        self.parentID = parentID
        self.endorsedBy = endorsedBy
        try validate()
    }

    /// "What was said" and "why it matters" together, as searched and exported.
    public var text: String {
        whyItMatters.isEmpty ? whatWasSaid : whatWasSaid + "\n\n" + whyItMatters
    }

    /// Checks the rules that need no other record.
    public func validate() throws(ValidationError) {
        try Check.slug(authorID, prefix: "person", "insight", "authorID")
        try Check.slug(regionID, prefix: "region", "insight", "regionID")
        try Check.nonEmpty(theme, "insight", "theme")
        try Check.nonEmpty(whatWasSaid, "insight", "whatWasSaid")
        try Check.range(sentiment, -2...2, "insight", "sentiment")
        if loggedAt < interactionAt.addingTimeInterval(-60) {
            throw ValidationError(entity: "insight", field: "loggedAt", reason: "is before the interaction took place")
        }
        if status == .actioned && link == nil {
            throw ValidationError(entity: "insight", field: "link", reason: "an actioned insight must name what it changed")
        }
        if parentID == id {
            throw ValidationError(entity: "insight", field: "parentID", reason: "an insight cannot be its own parent")
        }
    }

    /// Moves the insight through its lifecycle; `actioned` needs `link`.
    public func moved(to next: InsightStatus, link newLink: InsightLink? = nil) throws(ValidationError) -> Insight {
        var copy = self
        copy.status = try status.transition(to: next)
        if let newLink { copy.link = newLink }
        try copy.validate()
        return copy
    }
}
