import GRDB
import LiaisonCore

/// The prepared statements that write an insight row and its endorsements, prepared once
/// per batch.
struct InsightStatements {
    private let db: Database
    private let upsert: Statement
    private let clearEndorsements: Statement
    private let addEndorsement: Statement
    /// False while the endorsement table is known to be empty (a bulk load into a database
    /// without endorsements, until the first one is written): nothing to clear then.
    private var endorsementsMayExist = true

    /// Prepares the statements; `bulk` checks once whether any endorsement is stored.
    init(_ db: Database, bulk: Bool = false) throws {
        self.db = db
        upsert = try db.makeStatement(sql: InsightSQL.upsert)
        clearEndorsements = try db.makeStatement(sql: InsightSQL.deleteEndorsements)
        addEndorsement = try db.makeStatement(sql: InsightSQL.insertEndorsement)
        if bulk {
            endorsementsMayExist = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM insight_endorsements)") ?? true
        }
    }

    /// Inserts or updates the row of `insight` and replaces its endorsements; true when the
    /// row was inserted (no insight with its id was stored).
    @discardableResult
    mutating func execute(_ insight: Insight) throws -> Bool {
        let previousRowID = db.lastInsertedRowID
        upsert.setUncheckedArguments(RowDecoder.insightArguments(insight))
        try upsert.execute()
        // An upsert that updates leaves the last inserted rowid alone.
        let inserted = db.lastInsertedRowID != previousRowID
        if !endorsementsMayExist && insight.endorsedBy.isEmpty { return inserted }
        let id = RowDecoder.text(insight.id)
        clearEndorsements.setUncheckedArguments([id])
        try clearEndorsements.execute()
        for (position, person) in insight.endorsedBy.enumerated() {
            addEndorsement.setUncheckedArguments([id, position, person])
            try addEndorsement.execute()
            endorsementsMayExist = true
        }
        return inserted
    }
}
