import Foundation
import GRDB
import LiaisonCore

extension RowDecoder {
    /// Select list for `insight(_:)`; the table must be aliased `i`.
    static let insightColumns = """
        i.id, i.author_id, i.region_id, i.hcp_id, i.institution_id, i.product_id, i.theme, \
        i.listening_priority, i.interaction_ms, i.logged_ms, i.what_was_said, i.why_it_matters, \
        i.sentiment, i.channel, i.tags, i.status, i.link_target, i.link_reference, i.parent_id, \
        (SELECT json_group_array(person_id) FROM (SELECT person_id FROM insight_endorsements e \
        WHERE e.insight_id = i.id ORDER BY position))
        """
    /// Number of columns in `insightColumns`; extra columns follow it.
    static let insightColumnCount = 20

    static func insight(_ row: Row) throws -> Insight {
        let idText: String = row[0]
        let id = try uuid(idText, entity: "insight")
        let channel = try StoreCoding.enumValue(InteractionChannel.self, row[13], entity: "insight", id: idText)
        let status = try StoreCoding.enumValue(InsightStatus.self, row[15], entity: "insight", id: idText)
        let tags = try StoreCoding.stringList(row[14], entity: "insight", id: idText)
        let endorsed = try StoreCoding.stringList(row[19], entity: "insight", id: idText)
        var link: InsightLink?
        if let target: String = row[16] {
            let kind = try StoreCoding.enumValue(InsightLink.Target.self, target, entity: "insight", id: idText)
            link = InsightLink(target: kind, reference: row[17] ?? "")
        }
        let parentText: String? = row[18]
        let parent = try parentText.map { try uuid($0, entity: "insight") }
        return try StoreCoding.rebuild("insight", idText) { () throws(ValidationError) in
            try Insight(
                id: id, authorID: row[1], regionID: row[2], hcpID: row[3], institutionID: row[4],
                productID: row[5], theme: row[6], listeningPriority: row[7],
                interactionAt: StoreCoding.date(row[8]), loggedAt: StoreCoding.date(row[9]),
                whatWasSaid: row[10], whyItMatters: row[11], sentiment: row[12], channel: channel,
                tags: tags, status: status, link: link, parentID: parent, endorsedBy: endorsed)
        }
    }

    /// The insight with `id`, if stored.
    static func fetchInsight(_ db: Database, id: UUID) throws -> Insight? {
        let row = try Row.fetchOne(
            db, sql: "SELECT \(insightColumns) FROM insights i WHERE i.id = ?", arguments: [text(id)])
        return try row.map(insight)
    }

    /// The column values of `insight` in the order of `InsightSQL.upsert`.
    static func insightArguments(_ insight: Insight) -> StatementArguments {
        let values: [(any DatabaseValueConvertible)?] = [
            text(insight.id), insight.authorID, insight.regionID, insight.hcpID, insight.institutionID,
            insight.productID, insight.theme, insight.listeningPriority,
            StoreCoding.milliseconds(insight.interactionAt), StoreCoding.milliseconds(insight.loggedAt),
            insight.whatWasSaid, insight.whyItMatters, insight.sentiment, insight.channel.rawValue,
            StoreCoding.jsonStringList(insight.tags), insight.status.rawValue,
            insight.link?.target.rawValue, insight.link?.reference, insight.parentID.map(text),
        ]
        return StatementArguments(values)
    }
}

/// Statements that write insights.
enum InsightSQL {
    static let upsert = """
        INSERT INTO insights (id, author_id, region_id, hcp_id, institution_id, product_id, theme,
            listening_priority, interaction_ms, logged_ms, what_was_said, why_it_matters, sentiment,
            channel, tags, status, link_target, link_reference, parent_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET author_id = excluded.author_id, region_id = excluded.region_id,
            hcp_id = excluded.hcp_id, institution_id = excluded.institution_id,
            product_id = excluded.product_id, theme = excluded.theme,
            listening_priority = excluded.listening_priority, interaction_ms = excluded.interaction_ms,
            logged_ms = excluded.logged_ms, what_was_said = excluded.what_was_said,
            why_it_matters = excluded.why_it_matters, sentiment = excluded.sentiment,
            channel = excluded.channel, tags = excluded.tags, status = excluded.status,
            link_target = excluded.link_target, link_reference = excluded.link_reference,
            parent_id = excluded.parent_id
        """
    static let deleteEndorsements = "DELETE FROM insight_endorsements WHERE insight_id = ?"
    static let insertEndorsement = "INSERT INTO insight_endorsements (insight_id, position, person_id) VALUES (?, ?, ?)"
}
