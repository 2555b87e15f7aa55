import Foundation
import GRDB
import LiaisonCore

extension LiaisonStore {
    /// Everything the clash engine reads at `now`, in one read transaction: reference data,
    /// plans, decisions and triage in full; insight, touchpoint and HCP data only as the SQL
    /// aggregates `ThemeActivity`, `TouchpointActivity` and `HCPChannelProfile` define.
    /// Rows are sorted by id (decisions by creation time, then id).
    public func clashSnapshot(now: Date, settings: ClashSettings) throws -> ClashSnapshot {
        try read { db in
            ClashSnapshot(
                now: now,
                regions: try Row.fetchAll(db, sql: "SELECT \(RowDecoder.regionColumns) FROM regions ORDER BY id")
                    .map(RowDecoder.region),
                people: try Row.fetchAll(db, sql: "SELECT \(RowDecoder.personColumns) FROM people ORDER BY id")
                    .map(RowDecoder.person),
                institutions: try Row.fetchAll(
                    db, sql: "SELECT \(RowDecoder.institutionColumns) FROM institutions ORDER BY id"
                ).map(RowDecoder.institution),
                plans: try ClashRows.plans(db),
                decisions: try Row.fetchAll(
                    db, sql: "SELECT \(RowDecoder.decisionColumns) FROM decisions d ORDER BY d.created_ms, d.id"
                ).map(RowDecoder.decision),
                roles: settings.roles,
                themes: taxonomy.themes,
                themeActivity: try ThemeActivityQuery.all(db, now: now, settings: settings.clashes.unaddressedSignal),
                triage: try TriageRows.fetch(db, clashID: nil),
                products: try Row.fetchAll(db, sql: "SELECT \(RowDecoder.productColumns) FROM products ORDER BY id")
                    .map(RowDecoder.product),
                channelProfiles: try ChannelProfileQuery.all(db),
                touchpointActivity: try TouchpointActivityQuery.all(db, now: now, settings: settings.clashes.touchpointNoise),
                needle: settings.needle)
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

/// Small reads the clash snapshot and the clash service share.
enum ClashRows {
    static func plans(_ db: Database) throws -> [Plan] {
        try Row.fetchAll(db, sql: "SELECT \(RowDecoder.planColumns) FROM plans ORDER BY id").map { try RowDecoder.plan(db, $0) }
    }
}
