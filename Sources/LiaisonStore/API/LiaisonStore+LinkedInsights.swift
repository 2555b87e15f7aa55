import Foundation
import GRDB
import LiaisonCore

extension LiaisonStore {
    /// Insights linked to any of `references` (`planID#obj:code`, `planID#tac:code` or a
    /// decision UUID), newest interaction first, at most `limit` (indexed by link reference).
    public func insights(linkedTo references: [String], limit: Int = 50) throws -> [Insight] {
        guard !references.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: references.count).joined(separator: ", ")
        return try read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(RowDecoder.insightColumns) FROM insights i
                WHERE i.link_reference IN (\(marks))
                ORDER BY i.interaction_ms DESC, i.id DESC LIMIT ?
                """, arguments: StatementArguments(references.map { $0 as (any DatabaseValueConvertible)? } + [limit])
            ).map(RowDecoder.insight)
        }
    }
}
