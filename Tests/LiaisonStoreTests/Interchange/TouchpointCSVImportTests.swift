import Foundation
import LiaisonCore
import XCTest
@testable import LiaisonStore

final class TouchpointCSVImportTests: XCTestCase {
    private var fixture: InterchangeFixture!

    override func setUpWithError() throws {
        fixture = try InterchangeFixture()
    }

    override func tearDown() {
        fixture = nil
    }

    private func touchpointCount() throws -> Int {
        try fixture.store.touchpoints(limit: 1000).items.count
    }

    private func importTouchpoints(_ text: String, options: CSVImportOptions = CSVImportOptions()) throws -> CSVImportResult {
        let url = try fixture.file("touchpoints.csv", text)
        return try fixture.store.importTouchpointsCSV(from: url, actor: "person:anna-rmd", options: options.withName("touchpoints.csv"))
    }

    func testGoodFile() throws {
        let result = try importTouchpoints("""
            topic,channel,function,hcp,date\r
            "Formulary, 2027",email,marketAccess,hcp:h0001,2026-10-01\r
            Launch meeting 🚀,faceToFace,sales,hcp:h0003,2026-10-02T15:00:00+01:00\r

            """)
        XCTAssertEqual(result, CSVImportResult(imported: 2, rejected: 0, rejectsFile: nil))
        let touchpoints = try fixture.store.touchpoints(limit: 10).items.sorted { $0.date < $1.date }
        XCTAssertEqual(touchpoints.map(\.topic), ["Formulary, 2027", "Launch meeting 🚀"])
        XCTAssertEqual(touchpoints.map(\.function), [.marketAccess, .sales])
        XCTAssertEqual(touchpoints.map(\.hcpID), ["hcp:h0001", "hcp:h0003"])
        XCTAssertEqual(touchpoints[1].date, ISODate.parse("2026-10-02T14:00:00Z"))
    }

    func testUnknownHCPStopsTheWholeImport() throws {
        XCTAssertThrowsError(try importTouchpoints("""
            date,hcp,function,channel,topic
            2026-10-01,hcp:h0001,msl,remote,Fine
            2026-10-02,hcp:h0404,msl,remote,Lost
            """)) { error in
            XCTAssertEqual((error as? ImportError)?.description, "touchpoints.csv:3: hcp: unknown HCP 'hcp:h0404'")
        }
        XCTAssertEqual(try touchpointCount(), 0)
    }

    func testUnknownFunctionAndMissingColumn() throws {
        XCTAssertThrowsError(try importTouchpoints("date,hcp,function,channel,topic\n2026-10-01,hcp:h0001,legal,remote,Fine\n")) { error in
            XCTAssertEqual((error as? ImportError)?.field, "function")
            XCTAssertEqual((error as? ImportError)?.line, 2)
        }
        XCTAssertThrowsError(try importTouchpoints("date,hcp,channel,topic\n2026-10-01,hcp:h0001,remote,Fine\n")) { error in
            XCTAssertEqual((error as? ImportError)?.field, "function")
            XCTAssertEqual((error as? ImportError)?.line, 1)
        }
    }

    func testSkipInvalidKeepsTheGoodRows() throws {
        let result = try importTouchpoints("""
            date,hcp,function,channel,topic
            2026-10-01,hcp:h0001,msl,remote,Fine
            yesterday,hcp:h0001,msl,remote,Bad date
            2026-10-03,hcp:h0002,sales,phone,
            2026-10-04,hcp:h0002,sales,phone,Also fine

            """, options: CSVImportOptions(skipInvalid: true))
        XCTAssertEqual(result.imported, 2)
        XCTAssertEqual(result.rejected, 2)
        XCTAssertEqual(try touchpointCount(), 2)
        let rejects = try String(contentsOf: XCTUnwrap(result.rejectsFile), encoding: .utf8)
        XCTAssertTrue(rejects.hasPrefix("date,hcp,function,channel,topic,reason\n"), rejects)
        XCTAssertTrue(rejects.contains("yesterday,hcp:h0001,msl,remote,Bad date,line 3: date: 'yesterday' is not an ISO 8601 date"), rejects)
        XCTAssertTrue(rejects.contains("2026-10-03,hcp:h0002,sales,phone,,line 4: topic: must not be empty"), rejects)
    }
}
