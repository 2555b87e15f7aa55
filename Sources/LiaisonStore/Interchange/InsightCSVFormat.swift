import Foundation
import LiaisonCore

/// Insights as CSV: `date,author,region,hcp,product,theme,sentiment,channel,text`, plus the
/// optional columns `id,loggedAt,institution,listeningPriority,whyItMatters,tags` that an
/// export writes so a round trip keeps them. Imported insights are `submitted`.
struct InsightCSVFormat: CSVImportFormat {
    /// The columns every insight CSV has, in order.
    static let requiredColumns = ["date", "author", "region", "hcp", "product", "theme", "sentiment", "channel", "text"]
    /// The extra columns an export adds.
    static let optionalColumns = ["id", "loggedAt", "institution", "listeningPriority", "whyItMatters", "tags"]

    /// Screens text as `liaison log` does; nil to skip.
    let compliance: ComplianceChecker?
    /// Ids for rows that have none.
    let ids = RandomUUIDs()

    var requiredColumns: [String] { Self.requiredColumns }
    var optionalColumns: [String] { Self.optionalColumns }

    func record(from row: CSVRow, catalog: ReferenceCatalog, now: Date) throws(CSVFieldProblem) -> Insight {
        let interactionAt = try row.date("date")
        let loggedAt = try row.optionalDate("loggedAt")
        let insight: Insight
        do {
            insight = try Insight(
                id: row.uuid("id") ?? ids.next(),
                authorID: row.id("author", prefix: "person"),
                regionID: row.id("region", prefix: "region"),
                hcpID: row.optionalID("hcp", prefix: "hcp"),
                institutionID: row.optionalID("institution", prefix: "inst"),
                productID: row.optionalID("product", prefix: "product"),
                theme: row.required("theme"),
                listeningPriority: row.optional("listeningPriority"),
                interactionAt: interactionAt,
                loggedAt: loggedAt ?? now,
                whatWasSaid: row.rawValue("text"),
                whyItMatters: row.rawValue("whyItMatters"),
                sentiment: row.integer("sentiment", in: -2...2),
                channel: row.choice("channel", InteractionChannel.self),
                tags: row.list("tags"),
                status: .submitted)
            try catalog.check(insight)
        } catch let problem as CSVFieldProblem {
            throw problem
        } catch let error as ValidationError {
            if error.field == "loggedAt" && loggedAt == nil {
                throw CSVFieldProblem(field: "date", reason: "is later than the time of import")
            }
            throw CSVFieldProblem(field: column(forField: error.field), reason: error.reason)
        } catch {
            throw CSVFieldProblem(field: nil, reason: String(describing: error))
        }
        if let compliance {
            if let finding = compliance.findings(in: insight.text).first {
                throw CSVFieldProblem(field: "text", reason: "not allowed in an insight: \(finding)")
            }
        }
        return insight
    }

    func insert<S: Sequence>(_ records: S, into transaction: StoreTransaction, catalog: ReferenceCatalog) throws -> Int
    where S.Element == Insight {
        // Every record comes from `record(from:catalog:now:)`, which validated it.
        try transaction.insertInsights(
            records, catalog: catalog, rebuildThreshold: BulkInsightMaintenance.defaultThreshold, prevalidated: true)
    }

    func column(forField field: String) -> String {
        switch field {
        case "authorID": "author"
        case "regionID": "region"
        case "hcpID": "hcp"
        case "institutionID": "institution"
        case "productID": "product"
        case "whatWasSaid": "text"
        case "interactionAt": "date"
        default: field
        }
    }
}
