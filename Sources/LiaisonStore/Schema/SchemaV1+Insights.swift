extension SchemaV1 {
    /// `insights`, its endorsements, the FTS5 index over its text and the daily summary.
    static let insightTables = """
        CREATE TABLE insights (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            author_id TEXT NOT NULL REFERENCES people(id),
            region_id TEXT NOT NULL REFERENCES regions(id),
            hcp_id TEXT REFERENCES hcps(id),
            institution_id TEXT REFERENCES institutions(id),
            product_id TEXT REFERENCES products(id),
            theme TEXT NOT NULL,
            listening_priority TEXT,
            interaction_ms INTEGER NOT NULL,
            logged_ms INTEGER NOT NULL,
            what_was_said TEXT NOT NULL,
            why_it_matters TEXT NOT NULL,
            sentiment INTEGER NOT NULL CHECK (sentiment BETWEEN -2 AND 2),
            channel TEXT NOT NULL,
            tags TEXT NOT NULL,
            status TEXT NOT NULL,
            link_target TEXT,
            link_reference TEXT,
            parent_id TEXT REFERENCES insights(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED
        );
        CREATE TABLE insight_endorsements (
            insight_id TEXT NOT NULL REFERENCES insights(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            person_id TEXT NOT NULL REFERENCES people(id),
            PRIMARY KEY (insight_id, position)
        ) WITHOUT ROWID;
        CREATE VIRTUAL TABLE insights_fts USING fts5(
            what_was_said, why_it_matters, tags,
            content='insights', content_rowid='seq',
            tokenize='unicode61 remove_diacritics 2', prefix='2 3'
        );
        CREATE TABLE insight_daily_counts (
            region_id TEXT NOT NULL,
            theme TEXT NOT NULL,
            day INTEGER NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (region_id, day, theme)
        ) WITHOUT ROWID;
        CREATE INDEX insight_daily_counts_by_day ON insight_daily_counts(day, region_id, theme, n);
        """

    /// Secondary indexes of `insights`, by name (bulk imports drop and rebuild them).
    static let insightIndexes: [(name: String, sql: String)] = [
        ("insights_by_time", "CREATE INDEX insights_by_time ON insights(interaction_ms, id)"),
        ("insights_by_region", "CREATE INDEX insights_by_region ON insights(region_id, interaction_ms, id)"),
        ("insights_by_region_theme", "CREATE INDEX insights_by_region_theme ON insights(region_id, theme, interaction_ms, id)"),
        ("insights_by_author", "CREATE INDEX insights_by_author ON insights(author_id, interaction_ms, id)"),
        ("insights_by_hcp", "CREATE INDEX insights_by_hcp ON insights(hcp_id, interaction_ms, id) WHERE hcp_id IS NOT NULL"),
        ("insights_by_parent", "CREATE INDEX insights_by_parent ON insights(parent_id) WHERE parent_id IS NOT NULL"),
        ("insights_by_institution",
         "CREATE INDEX insights_by_institution ON insights(institution_id) WHERE institution_id IS NOT NULL"),
    ]

    /// Names of the triggers in `insightTriggers`.
    static let insightTriggerNames = [
        "insights_fts_insert", "insights_fts_delete", "insights_fts_update", "insights_count_insert",
        "insights_count_delete", "insights_count_update_old", "insights_count_update_new",
    ]

    /// Recomputes the daily summary from `insights` (after a bulk import).
    static let rebuildDailyCounts = """
        DELETE FROM insight_daily_counts;
        INSERT INTO insight_daily_counts (region_id, theme, day, n)
        SELECT region_id, theme, interaction_ms / 86400000, COUNT(*) FROM insights
        WHERE status NOT IN ('draft', 'archived') GROUP BY 1, 2, 3;
        """

    /// Triggers keeping the FTS index and the daily summary in step with `insights`.
    /// Counted insights: every status except draft and archived.
    static let insightTriggers = """
        CREATE TRIGGER insights_fts_insert AFTER INSERT ON insights BEGIN
            INSERT INTO insights_fts(rowid, what_was_said, why_it_matters, tags)
            VALUES (new.seq, new.what_was_said, new.why_it_matters, new.tags);
        END;
        CREATE TRIGGER insights_fts_delete AFTER DELETE ON insights BEGIN
            INSERT INTO insights_fts(insights_fts, rowid, what_was_said, why_it_matters, tags)
            VALUES ('delete', old.seq, old.what_was_said, old.why_it_matters, old.tags);
        END;
        CREATE TRIGGER insights_fts_update AFTER UPDATE OF what_was_said, why_it_matters, tags ON insights BEGIN
            INSERT INTO insights_fts(insights_fts, rowid, what_was_said, why_it_matters, tags)
            VALUES ('delete', old.seq, old.what_was_said, old.why_it_matters, old.tags);
            INSERT INTO insights_fts(rowid, what_was_said, why_it_matters, tags)
            VALUES (new.seq, new.what_was_said, new.why_it_matters, new.tags);
        END;
        CREATE TRIGGER insights_count_insert AFTER INSERT ON insights
        WHEN new.status NOT IN ('draft', 'archived') BEGIN
            INSERT INTO insight_daily_counts(region_id, theme, day, n)
            VALUES (new.region_id, new.theme, new.interaction_ms / 86400000, 1)
            ON CONFLICT (region_id, day, theme) DO UPDATE SET n = n + 1;
        END;
        CREATE TRIGGER insights_count_delete AFTER DELETE ON insights
        WHEN old.status NOT IN ('draft', 'archived') BEGIN
            UPDATE insight_daily_counts SET n = n - 1
            WHERE region_id = old.region_id AND theme = old.theme AND day = old.interaction_ms / 86400000;
            DELETE FROM insight_daily_counts
            WHERE region_id = old.region_id AND theme = old.theme AND day = old.interaction_ms / 86400000 AND n <= 0;
        END;
        CREATE TRIGGER insights_count_update_old AFTER UPDATE OF region_id, theme, interaction_ms, status ON insights
        WHEN old.status NOT IN ('draft', 'archived') BEGIN
            UPDATE insight_daily_counts SET n = n - 1
            WHERE region_id = old.region_id AND theme = old.theme AND day = old.interaction_ms / 86400000;
            DELETE FROM insight_daily_counts
            WHERE region_id = old.region_id AND theme = old.theme AND day = old.interaction_ms / 86400000 AND n <= 0;
        END;
        CREATE TRIGGER insights_count_update_new AFTER UPDATE OF region_id, theme, interaction_ms, status ON insights
        WHEN new.status NOT IN ('draft', 'archived') BEGIN
            INSERT INTO insight_daily_counts(region_id, theme, day, n)
            VALUES (new.region_id, new.theme, new.interaction_ms / 86400000, 1)
            ON CONFLICT (region_id, day, theme) DO UPDATE SET n = n + 1;
        END;
        """
}
