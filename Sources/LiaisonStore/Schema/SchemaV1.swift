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
