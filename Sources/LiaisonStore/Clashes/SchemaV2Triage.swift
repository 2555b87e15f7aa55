/// The second migration: the clash triage history. Every record is kept; the latest per
/// clash (by time, then insertion order) is the clash's triage state.
enum SchemaV2Triage {
    static let sql = """
        CREATE TABLE clash_triage (
            seq INTEGER PRIMARY KEY,
            clash_id TEXT NOT NULL,
            state TEXT NOT NULL,
            reason TEXT,
            decision_id TEXT,
            by_person TEXT NOT NULL REFERENCES people(id),
            at_ms INTEGER NOT NULL
        );
        CREATE INDEX clash_triage_by_clash ON clash_triage(clash_id, at_ms, seq);
        """
}
