import Foundation

/// The whole database as one versioned value: the JSON interchange format.
public struct Dataset: Codable, Hashable, Sendable {
    /// The current version of the interchange format.
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var regions: [Region]
    public var people: [Person]
    public var products: [Product]
    public var institutions: [Institution]
    public var hcps: [HCP]
    public var plans: [Plan]
    public var insights: [Insight]
    public var touchpoints: [Touchpoint]
    public var decisions: [Decision]
    public var meetings: [Meeting]

    /// Creates a dataset at the current schema version.
    public init(
        regions: [Region] = [], people: [Person] = [], products: [Product] = [],
        institutions: [Institution] = [], hcps: [HCP] = [], plans: [Plan] = [],
        insights: [Insight] = [], touchpoints: [Touchpoint] = [], decisions: [Decision] = [],
        meetings: [Meeting] = []
    ) {
        self.schemaVersion = Dataset.currentSchemaVersion
        self.regions = regions
        self.people = people
        self.products = products
        self.institutions = institutions
        self.hcps = hcps
        self.plans = plans
        self.insights = insights
        self.touchpoints = touchpoints
        self.decisions = decisions
        self.meetings = meetings
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
        guard schemaVersion == Dataset.currentSchemaVersion else {
            throw ValidationError(
                entity: "dataset", field: "schemaVersion",
                reason: "version \(schemaVersion) is not supported (this build reads \(Dataset.currentSchemaVersion))")
        }
        func list<T: Decodable>(_ key: CodingKeys) throws -> [T] {
            try container.decodeIfPresent([T].self, forKey: key) ?? []
        }
        regions = try list(.regions)
        people = try list(.people)
        products = try list(.products)
        institutions = try list(.institutions)
        hcps = try list(.hcps)
        plans = try list(.plans)
        insights = try list(.insights)
        touchpoints = try list(.touchpoints)
        decisions = try list(.decisions)
        meetings = try list(.meetings)
    }

    /// The dataset in canonical order (by id), so exports are byte-for-byte repeatable.
    public func canonicallyOrdered() -> Dataset {
        var copy = self
        copy.regions.sort { $0.id < $1.id }
        copy.people.sort { $0.id < $1.id }
        copy.products.sort { $0.id < $1.id }
        copy.institutions.sort { $0.id < $1.id }
        copy.hcps.sort { $0.id < $1.id }
        copy.plans.sort { $0.id < $1.id }
        copy.insights.sort { ($0.loggedAt, $0.id.uuidString) < ($1.loggedAt, $1.id.uuidString) }
        copy.touchpoints.sort { ($0.date, $0.id.uuidString) < ($1.date, $1.id.uuidString) }
        copy.decisions.sort { ($0.createdAt, $0.id.uuidString) < ($1.createdAt, $1.id.uuidString) }
        copy.meetings.sort { ($0.date, $0.id.uuidString) < ($1.date, $1.id.uuidString) }
        return copy
    }
}
