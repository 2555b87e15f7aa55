import Foundation
import LiaisonCore
import XCTest
@testable import LiaisonStore

/// The importer reads and validates rows on a second thread in batches; these tests import
/// files many batches long and check that the outcome is the one a row-by-row import gives.
final class CSVImportPipelineTests: XCTestCase {
    private var fixture: InterchangeFixture!
    private let header = "id,date,author,region,hcp,product,theme,sentiment,channel,text,tags"

    override func setUpWithError() throws {
        fixture = try InterchangeFixture()
    }

    override func tearDown() {
        fixture = nil
    }

    /// A valid row with a fixed id, so two imports of the same file store the same insights.
    private func goodRow(_ line: Int) -> String {
        let id = String(format: "00000000-0000-4000-8000-%012d", line)
        let author = line.isMultiple(of: 2) ? "person:mia-msl,region:north,hcp:h0001" : "person:kenji-msl,region:south,"
        return "\(id),2026-10-\(String(format: "%02d", line % 28 + 1)),\(author),product:lumora,unmet-need,\(line % 5 - 2),phone,\"Row \(line), said \"\"this\"\"\",t\(line % 3);x"
    }

    private func csv(_ rows: [String]) -> String {
        ([header] + rows).joined(separator: "\n") + "\n"
    }

    private func runImport(
        _ url: URL, into fixture: InterchangeFixture, batchSize: Int, options: CSVImportOptions = CSVImportOptions()
    ) throws -> CSVImportResult {
        var importer = CSVImporter(
            format: InsightCSVFormat(compliance: nil), store: fixture.store, input: url, actor: "person:anna-rmd", options: options)
        importer.batchSize = batchSize
        return try importer.run()
    }

    func testABadRowInALateBatchWritesNothingAndNamesItsLine() throws {
        _ = try runImport(fixture.file("first.csv", csv([goodRow(1)])), into: fixture, batchSize: 16)
        let insightsBefore = try fixture.insightCount()
        let auditBefore = try fixture.auditCount()
        let bad = "00000000-0000-4000-8000-999999999999,2026-10-05,person:mia-msl,region:north,,,unmet-need,0,phone,Hi,"
            .replacingOccurrences(of: "unmet-need", with: "no-such-theme")
        let rows = (2...2_900).map(goodRow) + [bad] + (3_000...3_400).map(goodRow)
        let url = try fixture.file("insights.csv", csv(rows))

        XCTAssertThrowsError(try runImport(url, into: fixture, batchSize: 16, options: CSVImportOptions().withName("insights.csv"))) { error in
            let importError = error as? ImportError
            XCTAssertEqual(importError?.line, 2_901, "\(error)")
            XCTAssertEqual(importError?.field, "theme", "\(error)")
            XCTAssertEqual(importError?.file, "insights.csv", "\(error)")
        }
        XCTAssertEqual(try fixture.insightCount(), insightsBefore)
        XCTAssertEqual(try fixture.auditCount(), auditBefore)
    }

    func testAnUnterminatedQuoteAtTheEndWritesNothing() throws {
        let rows = (1...1_500).map(goodRow) + ["00000000-0000-4000-8000-999999999999,2026-10-05,person:mia-msl,region:north,,,unmet-need,0,phone,\"never closed"]
        let url = try fixture.file("insights.csv", csv(rows))

        XCTAssertThrowsError(try runImport(url, into: fixture, batchSize: 10)) { error in
            XCTAssertEqual((error as? ImportError)?.line, 1_502, "\(error)")
        }
        XCTAssertEqual(try fixture.insightCount(), 0)
    }

    func testSmallBatchesStoreTheSameInsightsAsOneBatch() throws {
        let url = try fixture.file("insights.csv", csv((1...1_700).map(goodRow)))
        let oneBatch = try InterchangeFixture()
        XCTAssertEqual(try runImport(url, into: oneBatch, batchSize: 1_000_000).imported, 1_700)
        for batchSize in [1, 7, 512] {
            let batched = try InterchangeFixture()
            XCTAssertEqual(try runImport(url, into: batched, batchSize: batchSize).imported, 1_700)
            let expected = try oneBatch.allInsights().sorted { $0.id.uuidString < $1.id.uuidString }
            let actual = try batched.allInsights().sorted { $0.id.uuidString < $1.id.uuidString }
            XCTAssertEqual(actual, expected, "batch size \(batchSize)")
            XCTAssertEqual(actual.count, 1_700)
        }
    }

    func testSkipInvalidAcrossBatchesRejectsInFileOrder() throws {
        var rows = (1...1_200).map(goodRow)
        for line in [3, 400, 401, 1_150] {
            rows[line - 1] = rows[line - 1].replacingOccurrences(of: "unmet-need", with: "no-such-theme")
        }
        let url = try fixture.file("insights.csv", csv(rows))
        let result = try runImport(url, into: fixture, batchSize: 8, options: CSVImportOptions(skipInvalid: true))

        XCTAssertEqual(result.imported, 1_196)
        XCTAssertEqual(result.rejected, 4)
        XCTAssertEqual(try fixture.insightCount(), 1_196)
        let rejectsURL = try XCTUnwrap(result.rejectsFile)
        let reader = CSVReader(data: try Data(contentsOf: rejectsURL), requiresUniformFieldCount: false)
        var reasons: [String] = []
        while let record = try reader.next() { reasons.append(record.fields.last ?? "") }
        XCTAssertEqual(reasons.dropFirst().map { $0.prefix { $0 != ":" } }, ["line 4", "line 401", "line 402", "line 1151"])
    }
}
