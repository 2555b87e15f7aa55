import Foundation
import GRDB
import LiaisonCore

extension LiaisonStore {
    /// Everything the clash engine reads at `now`, in one read transaction: reference data,
    /// plans, decisions and triage in full; insight, touchpoint and HCP data only as the
    /// aggregates `ThemeActivity`, `TouchpointActivity` and `HCPChannelProfile` define (the
    /// touchpoint one computed in Swift from the bounded lookback set).
    /// Rows are sorted by id (decisions by creation time, then id). `timing`, when given,
    /// receives the wall milliseconds of each part.
    public func clashSnapshot(
        now: Date, settings: ClashSettings, timing: ((ClashSnapshotPart, Double) -> Void)? = nil
    ) throws -> ClashSnapshot {
        try read { db in
            func part<T>(_ part: ClashSnapshotPart, _ body: () throws -> T) rethrows -> T {
                guard let timing else { return try body() }
                let start = ContinuousClock.now
                let result = try body()
                let elapsed = ContinuousClock.now - start
                timing(part, Double(elapsed.components.seconds) * 1_000 + Double(elapsed.components.attoseconds) / 1e15)
                return result
            }
            let (regions, people, institutions, products) = try part(.reference) {
                (try Row.fetchAll(db, sql: "SELECT \(RowDecoder.regionColumns) FROM regions ORDER BY id")
                    .map(RowDecoder.region),
                 try Row.fetchAll(db, sql: "SELECT \(RowDecoder.personColumns) FROM people ORDER BY id")
                    .map(RowDecoder.person),
                 try Row.fetchAll(db, sql: "SELECT \(RowDecoder.institutionColumns) FROM institutions ORDER BY id")
                    .map(RowDecoder.institution),
                 try Row.fetchAll(db, sql: "SELECT \(RowDecoder.productColumns) FROM products ORDER BY id")
                    .map(RowDecoder.product))
            }
            let plans = try part(.plans) {
                try Row.fetchAll(db, sql: "SELECT \(RowDecoder.planColumns) FROM plans ORDER BY id")
                    .map { try RowDecoder.plan(db, $0) }
            }
            let decisions = try part(.decisions) { try ClashDecisionQuery.all(db) }
            let triage = try part(.triage) { try TriageRows.fetch(db, clashID: nil) }
            let themeActivity = try part(.themeActivity) {
                try ThemeActivityQuery.all(db, now: now, settings: settings.clashes.unaddressedSignal)
            }
            let channelProfiles = try part(.channelProfiles) { try ChannelProfileQuery.all(db) }
            let touchpointActivity = try part(.touchpointActivity) {
                try TouchpointActivityQuery.all(db, now: now, settings: settings.clashes.touchpointNoise)
            }
            return ClashSnapshot(
                now: now, regions: regions, people: people, institutions: institutions, plans: plans,
                decisions: decisions, roles: settings.roles, themes: taxonomy.themes, themeActivity: themeActivity,
                triage: triage, products: products, channelProfiles: channelProfiles,
                touchpointActivity: touchpointActivity, needle: settings.needle)
        }
    }

    /// The `ThemeActivity` rows at `now` (see that type's contract), sorted by region and theme.
    public func themeActivity(now: Date, settings: UnaddressedSignalRule.Settings) throws -> [ThemeActivity] {
        try read { db in try ThemeActivityQuery.all(db, now: now, settings: settings) }
    }

    /// The `TouchpointActivity` rows at `now` (see that type's contract), sorted by HCP id.
    public func touchpointActivity(now: Date, settings: TouchpointNoiseRule.Settings) throws -> [TouchpointActivity] {
        try read { db in try TouchpointActivityQuery.all(db, now: now, settings: settings) }
    }

    /// The HCP channel profiles (see `HCPChannelProfile`), sorted by region, specialty, segment.
    public func hcpChannelProfiles() throws -> [HCPChannelProfile] {
        try read { db in try ChannelProfileQuery.all(db) }
    }
}
