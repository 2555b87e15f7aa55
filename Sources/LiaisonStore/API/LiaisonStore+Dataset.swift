import Foundation
import GRDB
import LiaisonCore

extension LiaisonStore {
    /// Every id in the database, for validating rows before a bulk write.
    public func referenceCatalog() throws -> ReferenceCatalog {
        try read { db in try ReferenceLookup.fullCatalog(db, taxonomy: taxonomy) }
    }

    /// The whole database as a dataset in canonical order.
    public func exportDataset() throws -> Dataset {
        try read { db in
            var insights: [Insight] = []
            let insightRows = try Row.fetchCursor(
                db, sql: "SELECT \(RowDecoder.insightColumns) FROM insights i ORDER BY i.logged_ms, i.id")
            while let row = try insightRows.next() { insights.append(try RowDecoder.insight(row)) }
            let meetings = try Row.fetchAll(db, sql: "SELECT \(RowDecoder.meetingColumns) FROM meetings ORDER BY date_ms, id")
                .map { try RowDecoder.meeting(db, $0) }
            return Dataset(
                regions: try Row.fetchAll(db, sql: "SELECT \(RowDecoder.regionColumns) FROM regions ORDER BY id")
                    .map(RowDecoder.region),
                people: try Row.fetchAll(db, sql: "SELECT \(RowDecoder.personColumns) FROM people ORDER BY id")
                    .map(RowDecoder.person),
                products: try Row.fetchAll(db, sql: "SELECT \(RowDecoder.productColumns) FROM products ORDER BY id")
                    .map(RowDecoder.product),
                institutions: try Row.fetchAll(db, sql: "SELECT \(RowDecoder.institutionColumns) FROM institutions ORDER BY id")
                    .map(RowDecoder.institution),
                hcps: try Row.fetchAll(db, sql: "SELECT \(RowDecoder.hcpColumns) FROM hcps h ORDER BY h.id")
                    .map(RowDecoder.hcp),
                plans: try Row.fetchAll(db, sql: "SELECT \(RowDecoder.planColumns) FROM plans ORDER BY id")
                    .map { try RowDecoder.plan(db, $0) },
                insights: insights,
                touchpoints: try Row.fetchAll(
                    db, sql: "SELECT \(RowDecoder.touchpointColumns) FROM touchpoints ORDER BY date_ms, id"
                ).map(RowDecoder.touchpoint),
                decisions: try Row.fetchAll(
                    db, sql: "SELECT \(RowDecoder.decisionColumns) FROM decisions d ORDER BY d.created_ms, d.id"
                ).map(RowDecoder.decision),
                meetings: meetings
            ).canonicallyOrdered()
        }
    }

    /// Imports `dataset` in one transaction as `actor`: validated first against the store's
    /// ids together with the dataset's own (a `DatasetError` names the record; nothing is
    /// written), then every record is inserted or updated by id. Insights and touchpoints go
    /// through the bulk path (one audit row per kind); other records are audited one by one.
    public func importDataset(_ dataset: Dataset, actor: PersonID) throws {
        try write(actor: actor) { transaction in
            var catalog = try transaction.catalog()
            catalog.merge(ReferenceCatalog(dataset: dataset, taxonomy: taxonomy))
            try catalog.validate(dataset)
            for region in dataset.regions { try transaction.upsert(region) }
            for person in dataset.people { try transaction.upsert(person) }
            for product in dataset.products { try transaction.upsert(product) }
            for institution in dataset.institutions { try transaction.upsert(institution) }
            for hcp in dataset.hcps { try transaction.upsert(hcp) }
            for plan in dataset.plans { try transaction.upsert(plan) }
            do {
                try transaction.insertInsights(dataset.insights, catalog: catalog)
            } catch let error as BatchRowError {
                let insight = dataset.insights[error.index]
                throw DatasetError(location: "insights[\(error.index)] (\(insight.id.uuidString))", error: error.error)
            }
            try transaction.insertTouchpoints(dataset.touchpoints, catalog: catalog)
            for decision in dataset.decisions { try transaction.upsert(decision) }
            for meeting in dataset.meetings { try transaction.upsert(meeting) }
        }
    }
}

extension ReferenceCatalog {
    /// Adds the ids of `other` to this catalog.
    mutating func merge(_ other: ReferenceCatalog) {
        regions.formUnion(other.regions)
        people.merge(other.people) { _, new in new }
        products.formUnion(other.products)
        institutions.merge(other.institutions) { _, new in new }
        hcps.merge(other.hcps) { _, new in new }
    }
}
