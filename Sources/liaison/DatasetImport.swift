import Foundation
import LiaisonCore
import LiaisonStore

/// Loads the bundled demo dataset into a store, and describes what a dataset holds.
enum DatasetImport {
    /// Imports `dataset` as one transaction; nothing is written when a record is invalid.
    static func run(_ dataset: Dataset, into session: StoreSession, source: String) throws {
        do {
            try session.store.importDataset(dataset, actor: session.auditActor(fallback: "person:liaison-import"))
        } catch let error as DatasetError {
            throw CLIFailure.data("\(source): \(error)")
        } catch let error as LiaisonCore.ValidationError {
            throw CLIFailure.data("\(source): \(error)")
        }
    }

    /// "3 regions, 12 people, …" for the records a dataset holds.
    static func summary(_ dataset: Dataset) -> String {
        let counts = [
            (dataset.regions.count, "regions"), (dataset.people.count, "people"), (dataset.products.count, "products"),
            (dataset.institutions.count, "institutions"), (dataset.hcps.count, "HCPs"), (dataset.plans.count, "plans"),
            (dataset.insights.count, "insights"), (dataset.touchpoints.count, "touchpoints"),
            (dataset.decisions.count, "decisions"), (dataset.meetings.count, "meetings"),
        ]
        return counts.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
    }
}
