import Foundation
import LiaisonCore

/// Touchpoints as CSV: `date,hcp,function,channel,topic`, plus an optional `id`.
struct TouchpointCSVFormat: CSVImportFormat {
    /// The columns every touchpoint CSV has, in order.
    static let requiredColumns = ["date", "hcp", "function", "channel", "topic"]
    /// Columns read when present.
    static let optionalColumns = ["id"]

    /// Ids for rows that have none.
    let ids = RandomUUIDs()

    var requiredColumns: [String] { Self.requiredColumns }
    var optionalColumns: [String] { Self.optionalColumns }

    func record(from row: CSVRow, catalog: ReferenceCatalog, now: Date) throws(CSVFieldProblem) -> Touchpoint {
        do {
            let touchpoint = try Touchpoint(
                id: row.uuid("id") ?? ids.next(),
                hcpID: row.id("hcp", prefix: "hcp"),
                date: row.date("date"),
                function: row.choice("function", TouchpointFunction.self),
                channel: row.choice("channel", InteractionChannel.self),
                topic: row.rawValue("topic"))
            try catalog.check(touchpoint)
            return touchpoint
        } catch let problem as CSVFieldProblem {
            throw problem
        } catch let error as ValidationError {
            throw CSVFieldProblem(field: column(forField: error.field), reason: error.reason)
        } catch {
            throw CSVFieldProblem(field: nil, reason: String(describing: error))
        }
    }

    func insert<S: Sequence>(_ records: S, into transaction: StoreTransaction, catalog: ReferenceCatalog) throws -> Int
    where S.Element == Touchpoint {
        try transaction.insertTouchpoints(records, catalog: catalog)
    }

    func column(forField field: String) -> String {
        field == "hcpID" ? "hcp" : field
    }
}
