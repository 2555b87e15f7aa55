import GRDB
import LiaisonCore

/// The prepared statements that write an insight row and its endorsements, prepared once
/// per batch.
struct InsightStatements {
    private let upsert: Statement
    private let clearEndorsements: Statement
    private let addEndorsement: Statement

    init(_ db: Database) throws {
        upsert = try db.makeStatement(sql: InsightSQL.upsert)
        clearEndorsements = try db.makeStatement(sql: InsightSQL.deleteEndorsements)
        addEndorsement = try db.makeStatement(sql: InsightSQL.insertEndorsement)
    }

    /// Inserts or updates the row of `insight` and replaces its endorsements.
    func execute(_ insight: Insight) throws {
        upsert.setUncheckedArguments(RowDecoder.insightArguments(insight))
        try upsert.execute()
        let id = RowDecoder.text(insight.id)
        clearEndorsements.setUncheckedArguments([id])
        try clearEndorsements.execute()
        for (position, person) in insight.endorsedBy.enumerated() {
            addEndorsement.setUncheckedArguments([id, position, person])
            try addEndorsement.execute()
        }
    }
}
