import Foundation
import LiaisonCore
import LiaisonStore

/// Builds the clash engine's snapshot from the store. Today it assembles the snapshot from
/// the store's existing read APIs (reference data, plans, decisions, the `themeActivity`
/// aggregate, HCPs and recent touchpoints); when the store offers a clash snapshot of its
/// own, only `build` changes.
struct ClashSnapshotSource {
    let store: LiaisonStore
    let environment: BenchEnvironment

    private var signal: UnaddressedSignalRule.Settings { environment.clashConfig.unaddressedSignal }

    /// The whole snapshot at `now`; `timing` hears how long each part took (ms), by name.
    func build(now: Date, timing: (String, Double) -> Void = { _, _ in }) throws -> ClashSnapshot {
        func timed<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
            let watch = Stopwatch()
            defer { timing(name, watch.milliseconds) }
            return try body()
        }
        let hcps = try timed("hcps") { try Self.all { cursor in try store.hcps(matching: HCPQuery(), after: cursor, limit: 5_000) } }
        let noise = environment.clashConfig.touchpointNoise
        let lookback = now.addingTimeInterval(-Double(noise.lookbackDays) * 86_400)
        let touchpoints = try timed("touchpoints") {
            try Self.all { cursor in try store.touchpoints(since: lookback, after: cursor, limit: 5_000) }
        }
        let decisions = try timed("decisions") { try Self.all { cursor in try store.decisions(after: cursor, limit: 5_000) } }
        let activity = try timed("themeActivity") {
            try store.themeActivity(now: now, windowDays: signal.windowDays, sampleSize: signal.sampleSize).map { row in
                LiaisonCore.ThemeActivity(
                    regionID: row.regionID, theme: row.theme, recentCount: row.recentCount,
                    previousCount: row.previousCount, sampleInsightIDs: row.sampleInsightIDs)
            }
        }
        let reference = try timed("reference") {
            (regions: try store.regions(), people: try store.people(), institutions: try store.institutions(),
             plans: try store.plans(), products: try store.products())
        }
        let profiles = timed("channelProfiles") { HCPChannelProfile.profiles(from: hcps) }
        let touchpointActivity = timed("touchpointActivity") {
            TouchpointActivity.compute(touchpoints: touchpoints, hcps: hcps, now: now, settings: noise)
        }
        return ClashSnapshot(
            now: now, regions: reference.regions, people: reference.people, institutions: reference.institutions,
            plans: reference.plans, decisions: decisions, roles: environment.roles,
            themes: environment.taxonomy.themes, themeActivity: activity, products: reference.products,
            channelProfiles: profiles, touchpointActivity: touchpointActivity, needle: environment.needle)
    }

    /// The `ThemeActivity` row of one region and theme, read with indexed counts, in the same
    /// day-aligned windows as the store's `themeActivity` (the last N UTC days, today included).
    func refreshedActivity(regionID: RegionID, theme: ThemeCode, now: Date) throws -> LiaisonCore.ThemeActivity {
        let day = 86_400.0
        let today = (now.timeIntervalSince1970 / day).rounded(.down)
        let window = Double(signal.windowDays)
        let recentStart = Date(timeIntervalSince1970: (today - window + 1) * day)
        let previousStart = Date(timeIntervalSince1970: (today - 2 * window + 1) * day)
        let tomorrow = Date(timeIntervalSince1970: (today + 1) * day)
        let counted = Set(InsightStatus.allCases).subtracting([.draft, .archived])
        let recent = InsightQuery(regionID: regionID, theme: theme, statuses: counted, since: recentStart, until: tomorrow)
        let previous = InsightQuery(regionID: regionID, theme: theme, statuses: counted, since: previousStart, until: recentStart)
        return LiaisonCore.ThemeActivity(
            regionID: regionID, theme: theme, recentCount: try store.countInsights(matching: recent),
            previousCount: try store.countInsights(matching: previous),
            sampleInsightIDs: try store.insights(matching: recent, limit: signal.sampleSize).items.map(\.id))
    }

    /// Every item of a keyset listing, page by page.
    private static func all<Item>(_ page: (PageCursor?) throws -> Page<Item>) throws -> [Item] {
        var items: [Item] = []
        var cursor: PageCursor?
        repeat {
            let next = try page(cursor)
            items += next.items
            cursor = next.next
        } while cursor != nil
        return items
    }
}
