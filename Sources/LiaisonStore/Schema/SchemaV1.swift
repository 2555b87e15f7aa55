/// The first schema: every table, index and trigger, created from an empty file.
/// Dates are INTEGER epoch milliseconds (`*_ms`); lists without their own table are JSON text.
enum SchemaV1 {
    static let referenceTables = """
        CREATE TABLE regions (
            id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            territory TEXT NOT NULL,
            rmd_id TEXT NOT NULL REFERENCES people(id) DEFERRABLE INITIALLY DEFERRED
        );
        CREATE TABLE people (
            id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            role TEXT NOT NULL,
            region_id TEXT REFERENCES regions(id),
            former_role TEXT,
            email TEXT
        );
        CREATE INDEX people_by_role ON people(role, region_id);
        CREATE INDEX people_by_region ON people(region_id);
        CREATE TABLE products (
            id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            therapeutic_area TEXT NOT NULL,
            lifecycle_stage TEXT NOT NULL,
            complexity INTEGER NOT NULL
        );
        CREATE TABLE institutions (
            id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            city TEXT NOT NULL,
            region_id TEXT NOT NULL REFERENCES regions(id),
            kind TEXT NOT NULL,
            influence_tier INTEGER NOT NULL,
            study_experience INTEGER NOT NULL
        );
        CREATE INDEX institutions_by_region ON institutions(region_id, name);
        CREATE TABLE hcps (
            id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            specialty TEXT NOT NULL,
            institution_id TEXT NOT NULL REFERENCES institutions(id),
            region_id TEXT NOT NULL REFERENCES regions(id),
            tier TEXT NOT NULL,
            channel_preference TEXT NOT NULL,
            f2f_access TEXT NOT NULL,
            contact_consent INTEGER NOT NULL
        );
        CREATE INDEX hcps_by_name ON hcps(name, id);
        CREATE INDEX hcps_by_region ON hcps(region_id, name, id);
        CREATE INDEX hcps_by_institution ON hcps(institution_id, name, id);
        """

    static let planTables = """
        CREATE TABLE plans (
            id TEXT PRIMARY KEY NOT NULL,
            period TEXT NOT NULL,
            scope TEXT NOT NULL,
            region_id TEXT REFERENCES regions(id),
            status TEXT NOT NULL
        );
        CREATE INDEX plans_by_scope ON plans(scope, period);
        CREATE INDEX plans_by_period ON plans(period);
        CREATE TABLE plan_objectives (
            plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            code TEXT NOT NULL,
            title TEXT NOT NULL,
            rank INTEGER NOT NULL,
            product_id TEXT REFERENCES products(id),
            theme TEXT,
            kpi_target TEXT NOT NULL,
            PRIMARY KEY (plan_id, position),
            UNIQUE (plan_id, code)
        );
        CREATE INDEX plan_objectives_by_code ON plan_objectives(code);
        CREATE INDEX plan_objectives_by_theme ON plan_objectives(theme) WHERE theme IS NOT NULL;
        CREATE TABLE plan_tactics (
            plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            code TEXT NOT NULL,
            title TEXT NOT NULL,
            kind TEXT NOT NULL,
            format TEXT NOT NULL,
            status TEXT NOT NULL,
            objective_code TEXT,
            PRIMARY KEY (plan_id, position),
            UNIQUE (plan_id, code)
        );
        CREATE TABLE plan_study_sites (
            plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            study TEXT NOT NULL,
            institution_id TEXT NOT NULL REFERENCES institutions(id),
            rationale TEXT NOT NULL,
            PRIMARY KEY (plan_id, position)
        );
        CREATE INDEX plan_study_sites_by_institution ON plan_study_sites(institution_id);
        CREATE INDEX plan_study_sites_by_study ON plan_study_sites(study);
        CREATE TABLE plan_channel_shares (
            plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            product_id TEXT NOT NULL REFERENCES products(id),
            f2f_share INTEGER NOT NULL,
            PRIMARY KEY (plan_id, position)
        );
        CREATE TABLE plan_listening_priorities (
            plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            code TEXT NOT NULL,
            question TEXT NOT NULL,
            theme TEXT,
            PRIMARY KEY (plan_id, position)
        );
        """

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
        CREATE INDEX insights_by_time ON insights(interaction_ms, id);
        CREATE INDEX insights_by_region ON insights(region_id, interaction_ms, id);
        CREATE INDEX insights_by_region_theme ON insights(region_id, theme, interaction_ms, id);
        CREATE INDEX insights_by_author ON insights(author_id, interaction_ms, id);
        CREATE INDEX insights_by_hcp ON insights(hcp_id, interaction_ms, id) WHERE hcp_id IS NOT NULL;
        CREATE INDEX insights_by_parent ON insights(parent_id) WHERE parent_id IS NOT NULL;
        CREATE INDEX insights_by_institution ON insights(institution_id) WHERE institution_id IS NOT NULL;
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

    static let activityTables = """
        CREATE TABLE touchpoints (
            id TEXT PRIMARY KEY NOT NULL,
            hcp_id TEXT NOT NULL REFERENCES hcps(id),
            date_ms INTEGER NOT NULL,
            function TEXT NOT NULL,
            channel TEXT NOT NULL,
            topic TEXT NOT NULL
        );
        CREATE INDEX touchpoints_by_hcp ON touchpoints(hcp_id, date_ms, id);
        CREATE INDEX touchpoints_by_date ON touchpoints(date_ms, id);
        CREATE TABLE decisions (
            id TEXT PRIMARY KEY NOT NULL,
            title TEXT NOT NULL,
            topic TEXT NOT NULL,
            scope TEXT NOT NULL,
            region_id TEXT REFERENCES regions(id),
            field_case TEXT NOT NULL,
            office_case TEXT NOT NULL,
            resolution TEXT,
            decided_by TEXT REFERENCES people(id),
            outcome TEXT NOT NULL,
            rationale TEXT NOT NULL,
            review_ms INTEGER,
            status TEXT NOT NULL,
            clash_ids TEXT NOT NULL,
            insight_ids TEXT NOT NULL,
            created_by TEXT NOT NULL REFERENCES people(id),
            created_ms INTEGER NOT NULL,
            decided_ms INTEGER
        );
        CREATE INDEX decisions_by_created ON decisions(created_ms, id);
        CREATE INDEX decisions_by_status ON decisions(status, created_ms, id);
        CREATE INDEX decisions_by_scope ON decisions(scope, status);
        CREATE INDEX decisions_by_review ON decisions(review_ms) WHERE review_ms IS NOT NULL;
        CREATE TABLE decision_stances (
            decision_id TEXT NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            person_id TEXT NOT NULL REFERENCES people(id),
            stance TEXT NOT NULL,
            note TEXT NOT NULL,
            recorded_ms INTEGER NOT NULL,
            PRIMARY KEY (decision_id, position)
        ) WITHOUT ROWID;
        CREATE INDEX decision_stances_by_person ON decision_stances(person_id);
        CREATE TABLE meetings (
            id TEXT PRIMARY KEY NOT NULL,
            date_ms INTEGER NOT NULL,
            attendees TEXT NOT NULL,
            notes TEXT NOT NULL
        );
        CREATE INDEX meetings_by_date ON meetings(date_ms, id);
        CREATE TABLE meeting_agenda_items (
            meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            id TEXT NOT NULL,
            source TEXT NOT NULL,
            title TEXT NOT NULL,
            reference TEXT,
            notes TEXT NOT NULL,
            PRIMARY KEY (meeting_id, position)
        ) WITHOUT ROWID;
        CREATE TABLE meeting_action_items (
            meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            id TEXT NOT NULL,
            title TEXT NOT NULL,
            owner_id TEXT NOT NULL REFERENCES people(id),
            due_ms INTEGER NOT NULL,
            status TEXT NOT NULL,
            PRIMARY KEY (meeting_id, position)
        ) WITHOUT ROWID;
        CREATE INDEX meeting_action_items_by_owner ON meeting_action_items(owner_id, status, due_ms);
        CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY,
            at_ms INTEGER NOT NULL,
            actor TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            action TEXT NOT NULL,
            summary TEXT NOT NULL
        );
        CREATE INDEX audit_log_by_entity ON audit_log(entity, entity_id, seq);
        """
}
