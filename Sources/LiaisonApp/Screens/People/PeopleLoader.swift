import Foundation
import LiaisonCore
import LiaisonStore

/// Runs the People screen's store work; synchronous and throwing, called from effects and tests.
public enum PeopleLoader {
    /// Insights per page in a profile.
    public static let insightPageSize = 10
    /// Touchpoints per page in a profile.
    public static let touchpointPageSize = 20
    /// Touchpoints per keyset page of the timeline.
    static let timelinePageSize = 100
    /// The most touchpoints the timeline loads for one HCP.
    public static let timelineLimit = 400

    /// Performs `load` at `now` (the clock read by the effect), turning errors into `.failed`.
    public static func perform(_ load: PeopleLoad, store: LiaisonStore, now: Date) -> PeopleMessage {
        do {
            switch load {
            case .names: return .namesLoaded(try names(store: store))
            case .hcps(let generation, let text, let limit):
                return .hcpsLoaded(generation: generation, try store.hcps(matching: query(text), limit: limit), appending: false)
            case .moreHCPs(let generation, let text, let cursor, let limit):
                return .hcpsLoaded(generation: generation, try store.hcps(matching: query(text), after: cursor, limit: limit), appending: true)
            case .profile(let id):
                guard let profile = try profile(store: store, id: id, now: now) else { return .failed("No HCP \(id)") }
                return .profileLoaded(profile)
            case .moreInsights(let id, let cursor):
                return .insightsLoaded(id, try store.insights(matching: insightQuery(id), after: cursor, limit: insightPageSize))
            case .moreTouchpoints(let id, let cursor):
                return .touchpointsLoaded(id, try store.touchpoints(hcpID: id, after: cursor, limit: touchpointPageSize))
            case .settle(let generation): return .searchSettled(generation: generation)
            }
        } catch {
            return .failed(InsightsLoader.describe(error))
        }
    }

    /// The directory query for the search text (empty: every HCP).
    static func query(_ text: String) -> HCPQuery {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return HCPQuery(text: trimmed.isEmpty ? nil : trimmed)
    }

    /// Insights about `id` that are not drafts, newest first.
    static func insightQuery(_ id: HCPID) -> InsightQuery {
        InsightQuery(hcpID: id, statuses: Set(InsightStatus.allCases).subtracting([.draft]))
    }

    /// Regions, institutions and the team.
    public static func names(store: LiaisonStore) throws -> PeopleNames {
        var names = PeopleNames()
        for region in try store.regions() { names.regions[region.id] = region.name }
        for institution in try store.institutions() { names.institutions[institution.id] = institution }
        names.people = try store.people().sorted { ($0.name, $0.id) < ($1.name, $1.id) }
        return names
    }

    /// The HCP's profile at `now`; nil when it is not stored.
    public static func profile(store: LiaisonStore, id: HCPID, now: Date) throws -> HCPProfile? {
        guard let hcp = try store.hcp(id: id) else { return nil }
        let insights = try store.insights(matching: insightQuery(id), limit: insightPageSize)
        let touchpoints = try store.touchpoints(hcpID: id, limit: touchpointPageSize)
        let (timeline, isTruncated) = try timeline(store: store, id: id, now: now)
        return HCPProfile(
            hcp: hcp, institution: try store.institution(id: hcp.institutionID),
            insights: insights.items, moreInsights: insights.next,
            touchpoints: touchpoints.items, moreTouchpoints: touchpoints.next,
            timeline: timeline, timelineNow: now, timelineIsTruncated: isTruncated)
    }

    /// The HCP's touchpoints of the timeline window ending at `now`, newest first, read in
    /// keyset pages up to `timelineLimit`; true when more were left in the window.
    public static func timeline(store: LiaisonStore, id: HCPID, now: Date) throws -> ([Touchpoint], Bool) {
        let since = now.addingTimeInterval(-Double(TouchpointTimeline.windowDays) * 86_400)
        var touchpoints: [Touchpoint] = []
        var cursor: PageCursor?
        repeat {
            let limit = min(timelinePageSize, timelineLimit - touchpoints.count)
            let page = try store.touchpoints(hcpID: id, since: since, after: cursor, limit: limit)
            touchpoints += page.items
            cursor = page.next
        } while cursor != nil && touchpoints.count < timelineLimit
        return (touchpoints, cursor != nil)
    }
}
