import Foundation
import LiaisonCore
import LiaisonResources
import XCTest
@testable import LiaisonStore

final class DatasetRoundTripTests: XCTestCase {
    func testExportReturnsWhatWasImportedInCanonicalOrder() throws {
        let store = try StoreFixture.store()
        XCTAssertEqual(try store.exportDataset(), try StoreFixture.dataset().canonicallyOrdered())
    }

    func testExportImportExportGivesIdenticalJSON() throws {
        let first = try StoreFixture.store()
        let encoder = JSONCoding.encoder()
        let json = try encoder.encode(first.exportDataset())
        let decoded = try JSONCoding.decoder().decode(Dataset.self, from: json)
        let second = try StoreFixture.emptyStore()
        try second.importDataset(decoded, actor: "person:admin")
        XCTAssertEqual(try encoder.encode(second.exportDataset()), json)
    }

    func testReimportChangesNothing() throws {
        let store = try StoreFixture.store()
        let before = try store.exportDataset()
        try store.importDataset(StoreFixture.dataset(), actor: "person:admin")
        XCTAssertEqual(try store.exportDataset(), before)
    }

    func testInvalidDatasetIsRejectedWholeWithTheRecordNamed() throws {
        var dataset = try StoreFixture.dataset()
        dataset.insights[3].hcpID = "hcp:h9999"
        let store = try StoreFixture.emptyStore()
        XCTAssertThrowsError(try store.importDataset(dataset, actor: "person:admin")) { error in
            let datasetError = error as? DatasetError
            XCTAssertEqual(datasetError?.location, "insights[3] (\(StoreFixture.id(4).uuidString))")
            XCTAssertEqual(datasetError?.error.field, "hcpID")
        }
        XCTAssertTrue(try store.isEmpty())
        XCTAssertEqual(try store.auditCount(), 0)
        XCTAssertEqual(try store.exportDataset(), Dataset())
    }

    func testImportValidatesAgainstExistingRecordsToo() throws {
        let store = try StoreFixture.emptyStore()
        try store.importDataset(StoreFixture.reference(), actor: "person:admin")
        let onlyInsights = Dataset(insights: try StoreFixture.insights())
        try store.importDataset(onlyInsights, actor: "person:admin")
        XCTAssertEqual(try store.countInsights(matching: InsightQuery()), 8)
        XCTAssertEqual(try store.referenceCatalog().hcps.count, 4)
    }
}

final class BundledDemoDatasetTests: XCTestCase {
    func testBundledDemoDatasetImportsAndRoundTrips() throws {
        let dataset = try JSONCoding.decoder().decode(Dataset.self, from: BundledResource.demoDataset.data())
        let store = try StoreFixture.emptyStore()
        let actor = dataset.people.first?.id ?? "person:admin"
        try store.importDataset(dataset, actor: actor)
        XCTAssertEqual(try store.exportDataset(), dataset.canonicallyOrdered())
        XCTAssertEqual(try store.countInsights(matching: InsightQuery()), dataset.insights.count)
    }
}
