import GRDB

/// Migrations for the TUI's log-insight form: the `form_drafts` table that keeps what was typed
/// across Esc, crashes and signals, and an index that finds the insights linked to a plan part.
enum FormDraftMigrations {
    /// Appends the migrations to `migrator` (after `v1-schema`).
    static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v2-form-drafts") { db in
            try db.execute(sql: """
                CREATE TABLE form_drafts (
                    person_id TEXT NOT NULL,
                    form_kind TEXT NOT NULL,
                    payload TEXT,
                    revision INTEGER NOT NULL,
                    updated_ms INTEGER NOT NULL,
                    PRIMARY KEY (person_id, form_kind)
                ) WITHOUT ROWID;
                CREATE INDEX insights_by_link ON insights(link_reference) WHERE link_reference IS NOT NULL;
                """)
        }
    }
}
