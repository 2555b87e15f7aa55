/// `v4-author-status-index`: an index on insights by author and status, newest first, so a
/// person's drafts (the dashboard's "me" panel) are read directly instead of by checking
/// every insight of the author for draft status. Listings by author without a status keep
/// using `insights_by_author`.
enum SchemaV4AuthorStatusIndex {
    static let migrationName = "v4-author-status-index"

    /// The index this migration adds.
    static let index = (
        name: "insights_by_author_status",
        sql: "CREATE INDEX insights_by_author_status ON insights(author_id, status, interaction_ms, id)"
    )

    /// The secondary indexes of `insights` from this migration on (bulk imports drop and
    /// rebuild them).
    static var insightIndexes: [(name: String, sql: String)] {
        SchemaV3SearchImport.insightIndexes + [index]
    }
}
