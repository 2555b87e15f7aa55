import Foundation
import LiaisonCore
import XCTest
@testable import LiaisonStore

final class DatasetInterchangeTests: XCTestCase {
    private var fixture: InterchangeFixture!

    override func setUpWithError() throws {
        fixture = try InterchangeFixture()
    }

    override func tearDown() {
        fixture = nil
    }

    private func emptyStore() throws -> LiaisonStore {
        try LiaisonStore.inMemory(taxonomy: fixture.taxonomy, clock: { InterchangeFixture.importTime })
    }

    private func importError(_ json: String, into store: LiaisonStore? = nil) throws -> ImportError? {
        let url = try fixture.file("demo.json", json)
        do {
            try (store ?? emptyStore()).importDatasetJSON(from: url, actor: "person:anna-rmd", displayName: "demo.json")
            return nil
        } catch let error as ImportError {
            return error
        }
    }

    private func richJSON() throws -> String {
        String(decoding: try JSONCoding.encoder().encode(InterchangeFixture.richDataset()), as: UTF8.self)
    }

    func testExportImportIntoEmptyDatabaseExportIsByteIdentical() throws {
        let source = try emptyStore()
        try source.importDataset(InterchangeFixture.richDataset(), actor: "person:anna-rmd")
        let first = fixture.folder.appendingPathComponent("first.json")
        let count = try source.exportDatasetJSON(to: first)
        XCTAssertEqual(count, 2 + 4 + 2 + 2 + 3 + 1 + 40 + 10 + 1 + 1)

        let target = try emptyStore()
        var reports: [InterchangeProgress] = []
        let read = try target.importDatasetJSON(from: first, actor: "person:anna-rmd", progress: { reports.append($0) })
        XCTAssertEqual(read.insights.count, 40)
        XCTAssertEqual(reports.last, InterchangeProgress(done: count, total: count, unit: .records))
        let second = fixture.folder.appendingPathComponent("second.json")
        try target.exportDatasetJSON(to: second)

        let firstBytes = try Data(contentsOf: first)
        XCTAssertEqual(firstBytes, try Data(contentsOf: second))
        XCTAssertEqual(firstBytes, try target.exportDatasetJSON())
        XCTAssertEqual(try JSONCoding.decoder().decode(Dataset.self, from: firstBytes).insights.count, 40)
        XCTAssertTrue(String(decoding: firstBytes, as: UTF8.self).contains("改行"))
    }

    func testMalformedJSONNamesTheLine() throws {
        let error = try importError("{\n  \"schemaVersion\": 1,\n  \"regions\": [,]\n}\n")
        XCTAssertEqual(error?.file, "demo.json")
        XCTAssertEqual(error?.line, 3)
        XCTAssertTrue(error?.reason.hasPrefix("malformed JSON") ?? false, String(describing: error))
    }

    func testWrongSchemaVersion() throws {
        let error = try importError("{\"schemaVersion\": 2}")
        XCTAssertEqual(error?.field, "schemaVersion")
        XCTAssertTrue(error?.description.hasPrefix("demo.json: schemaVersion: version 2 is not supported") ?? false, String(describing: error))
    }

    func testMissingSchemaVersion() throws {
        XCTAssertEqual(try importError("{\"regions\": []}")?.description, "demo.json: schemaVersion: is missing")
    }

    func testWrongTypeNamesTheCodingPath() throws {
        var json = try richJSON()
        json = json.replacingOccurrences(of: "\"sentiment\" : -2,", with: "\"sentiment\" : \"very bad\",")
        let error = try importError(json)
        XCTAssertTrue(error?.field?.hasPrefix("insights[") ?? false, String(describing: error))
        XCTAssertTrue(error?.field?.hasSuffix("].sentiment") ?? false, String(describing: error))
    }

    func testInvalidRecordNamesItsPlaceAndLeavesTheDatabaseEmpty() throws {
        var dataset = try InterchangeFixture.richDataset()
        dataset.insights[12].sentiment = 5
        let json = String(decoding: try JSONCoding.encoder().encode(dataset), as: UTF8.self)
        let store = try emptyStore()
        let error = try importError(json, into: store)
        XCTAssertEqual(error?.field, "insights[12].sentiment")
        XCTAssertEqual(error?.reason, "5 is outside -2…2 (insight \(dataset.insights[12].id.uuidString))")
        XCTAssertTrue(try store.isEmpty())
    }

    func testUnknownReferenceInDataset() throws {
        var dataset = try InterchangeFixture.richDataset()
        dataset.hcps[1].regionID = "region:atlantis"
        let json = String(decoding: try JSONCoding.encoder().encode(dataset), as: UTF8.self)
        let error = try importError(json)
        XCTAssertEqual(error?.description, "demo.json: hcps[1].regionID: unknown region 'region:atlantis' (hcp hcp:h0002)")
    }

    func testExportToAFolderThatDoesNotExistLeavesNothing() throws {
        XCTAssertThrowsError(try fixture.store.exportDatasetJSON(to: fixture.folder.appendingPathComponent("missing/out.json")))
    }
}
