/// `v3-search-import`: a cheaper insight search index and one index fewer, for imports at
/// the reference scale. The FTS5 index keeps only its 3-character prefix index (a last word
/// shorter than three characters is searched as a whole word, see `FTSQuery`), gains an
/// `fts5vocab` table over its terms (to expand a typed prefix into the terms it stands for),
/// and `insights_by_institution`, which no screen or command filters by, is dropped.
/// Upgrading an existing database rebuilds the search index once.
enum SchemaV3SearchImport {
    static let migrationName = "v3-search-import"

    /// Indexes of `insights` that this migration drops.
    static let droppedIndexes: Set<String> = ["insights_by_institution"]

    /// The secondary indexes of `insights` from this migration on (bulk imports drop and
    /// rebuild them).
    static var insightIndexes: [(name: String, sql: String)] {
        SchemaV1.insightIndexes.filter { !droppedIndexes.contains($0.name) }
    }

    static let sql = """
        DROP INDEX insights_by_institution;
        DROP TABLE insights_fts;
        CREATE VIRTUAL TABLE insights_fts USING fts5(
            what_was_said, why_it_matters, tags,
            content='insights', content_rowid='seq',
            tokenize='unicode61 remove_diacritics 2', prefix='3'
        );
        CREATE VIRTUAL TABLE insights_fts_vocab USING fts5vocab(insights_fts, row);
        INSERT INTO insights_fts(insights_fts) VALUES ('rebuild');
        """
}
