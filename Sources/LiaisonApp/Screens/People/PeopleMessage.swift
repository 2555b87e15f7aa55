import Foundation
import LiaisonCore
import LiaisonStore

/// Store work the People screen asks for; `update` records it in `PeopleState.outbox` and
/// the screen runs each through `PeopleLoader.perform` in an effect (tests call it directly).
public enum PeopleLoad: Sendable, Equatable {
    /// Regions, institutions and people.
    case names
    /// The first page of HCPs matching `text`.
    case hcps(generation: Int, text: String, limit: Int)
    /// The page of HCPs after `cursor`.
    case moreHCPs(generation: Int, text: String, cursor: PageCursor, limit: Int)
    /// An HCP's profile with the first pages of its insights and touchpoints.
    case profile(HCPID)
    /// The next page of the HCP's insights.
    case moreInsights(HCPID, cursor: PageCursor)
    /// The next page of the HCP's touchpoints.
    case moreTouchpoints(HCPID, cursor: PageCursor)
    /// The search text settled (sent back after the debounce delay).
    case settle(generation: Int)
}

/// Region, institution and people names the directory shows.
public struct PeopleNames: Sendable, Equatable {
    public var regions: [RegionID: String] = [:]
    public var institutions: [InstitutionID: Institution] = [:]
    /// The team, by name.
    public var people: [Person] = []

    /// No names yet.
    public init() {}

    /// The region's name.
    public func region(_ id: RegionID?) -> String { id.map { regions[$0] ?? $0 } ?? "national" }
    /// The person's name.
    public func person(_ id: PersonID) -> String { people.first { $0.id == id }?.name ?? id }
}

/// One HCP as the profile shows it: the record, the institution, the first pages of
/// insights about the HCP and touchpoints with them, and the touchpoints of the timeline window.
public struct HCPProfile: Sendable, Equatable {
    public var hcp: HCP
    public var institution: Institution?
    public var insights: [Insight]
    public var moreInsights: PageCursor?
    public var touchpoints: [Touchpoint]
    public var moreTouchpoints: PageCursor?
    /// Touchpoints since `timelineNow` minus the timeline window, newest first (bounded).
    public var timeline: [Touchpoint] = []
    /// The moment the timeline was loaded for; its columns count back from here.
    public var timelineNow: Date
    /// The window held more touchpoints than the bound.
    public var timelineIsTruncated = false
}

/// Messages of the People screen.
public enum PeopleMessage: Sendable {
    case namesLoaded(PeopleNames)
    case hcpsLoaded(generation: Int, Page<HCP>, appending: Bool)
    case profileLoaded(HCPProfile)
    case insightsLoaded(HCPID, Page<Insight>)
    case touchpointsLoaded(HCPID, Page<Touchpoint>)
    case searchSettled(generation: Int)
    case failed(String)
}
