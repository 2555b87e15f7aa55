import Foundation

/// A second, fair peer for the CSV import: the `sqlite3` CLI producing the same end state as
/// `liaison import` with SQL only — `.import` into a staging table, one `INSERT … SELECT`
/// into `insights` with the indexes and triggers dropped, then the same rebuilds (indexes,
/// FTS5 'rebuild', daily summary). No validation, no Swift: the floor for this schema.
enum SQLImportFloor {
    /// Runs the floor on a copy of `reference` (a database with the reference data only).
    static func run(sqlite: URL, reference: String, csv: String, scratch: String) throws -> ExternalProgram.Outcome {
        try DatabaseFiles.copy(reference, to: scratch)
        defer { DatabaseFiles.remove(scratch) }
        let ddl = try ExternalProgram.run(sqlite, [
            "-separator", "\u{1F}", "-newline", "\u{1E}", scratch,
            "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'insights' AND type IN ('index', 'trigger') AND sql IS NOT NULL",
        ])
        guard ddl.status == 0 else { throw BenchFailure("sqlite3 cannot read the schema: \(ddl.stderr)") }
        let objects = ddl.stdout.split(separator: "\u{1E}").map { $0.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init) }
            .filter { $0.count == 3 }
        let drops = objects.map { "DROP \($0[0].uppercased()) \($0[1]);" }.joined(separator: "\n")
        let creates = objects.map { $0[2] + ";" }.joined(separator: "\n")
        let script = """
            PRAGMA cache_size = -131072;
            PRAGMA temp_store = MEMORY;
            .import --csv --schema temp \(csv) staging
            BEGIN;
            \(drops)
            INSERT INTO insights (id, author_id, region_id, hcp_id, institution_id, product_id, theme, listening_priority,
                interaction_ms, logged_ms, what_was_said, why_it_matters, sentiment, channel, tags, status)
            SELECT id, author, region, NULLIF(hcp, ''), NULLIF(institution, ''), NULLIF(product, ''), theme,
                NULLIF(listeningPriority, ''), unixepoch(date) * 1000, unixepoch(loggedAt) * 1000, text, whyItMatters,
                CAST(sentiment AS INTEGER), channel,
                CASE WHEN tags = '' THEN '[]' ELSE '["' || replace(tags, ';', '","') || '"]' END, 'submitted'
            FROM temp.staging;
            \(creates)
            INSERT INTO insights_fts(insights_fts) VALUES ('rebuild');
            DELETE FROM insight_daily_counts;
            INSERT INTO insight_daily_counts (region_id, theme, day, n)
            SELECT region_id, theme, interaction_ms / 86400000, COUNT(*) FROM insights
            WHERE status NOT IN ('draft', 'archived') GROUP BY 1, 2, 3;
            COMMIT;

            """
        let outcome = try ExternalProgram.run(sqlite, ["-bail", scratch], input: script)
        guard outcome.status == 0, outcome.stderr.isEmpty else {
            throw BenchFailure("sqlite3 SQL import failed: \(outcome.stderr)")
        }
        return outcome
    }
}
