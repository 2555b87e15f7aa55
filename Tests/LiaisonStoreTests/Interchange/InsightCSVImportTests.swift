import Foundation
import LiaisonCore
import XCTest
@testable import LiaisonStore

final class InsightCSVImportTests: XCTestCase {
    private var fixture: InterchangeFixture!
    private let header = "date,author,region,hcp,product,theme,sentiment,channel,text"

    override func setUpWithError() throws {
        fixture = try InterchangeFixture()
    }

    override func tearDown() {
        fixture = nil
    }

    private func goodRow(_ line: Int) -> String {
        "2026-11-\(String(format: "%02d", line % 28 + 1)),person:mia-msl,region:north,hcp:h0001,product:lumora,unmet-need,1,faceToFace,Row \(line) is fine"
    }

    /// `header` and `rows` joined with LF, with a final LF.
    private func csv(_ rows: [String]) -> String {
        ([header] + rows).joined(separator: "\n") + "\n"
    }

    func testGoodFileWithBOMCRLFQuotedNewlineDoubledQuotesAndCJKEmoji() throws {
        let text = header + "\r\n"
            + "2026-10-05,person:mia-msl,region:north,hcp:h0001,product:lumora,unmet-need,-2,faceToFace,\"Waiting lists are long,\r\nshe said \"\"six months\"\"\"\r\n"
            + "2026-10-06T14:30:00+02:00,person:kenji-msl,region:south,,,education-need,2,remote,患者さんは説明会を希望 🙏📚\r\n"
            + "2026-10-07T09:00:00Z,person:kenji-msl,region:south,hcp:h0003,product:veltra,competitor,0,congress,\"Plain, quoted\"\r\n"
        let url = try fixture.file("insights.csv", [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        let result = try fixture.store.importInsightsCSV(from: url, actor: "person:anna-rmd")

        XCTAssertEqual(result, CSVImportResult(imported: 3, rejected: 0, rejectsFile: nil))
        let insights = try fixture.allInsights().sorted { $0.interactionAt < $1.interactionAt }
        XCTAssertEqual(insights.map(\.whatWasSaid), [
            "Waiting lists are long,\r\nshe said \"six months\"", "患者さんは説明会を希望 🙏📚", "Plain, quoted",
        ])
        XCTAssertEqual(insights.map(\.sentiment), [-2, 2, 0])
        XCTAssertEqual(insights.map(\.channel), [.faceToFace, .remote, .congress])
        XCTAssertEqual(insights.map(\.authorID), ["person:mia-msl", "person:kenji-msl", "person:kenji-msl"])
        XCTAssertEqual(insights.map(\.regionID), ["region:north", "region:south", "region:south"])
        XCTAssertEqual(insights.map(\.hcpID), ["hcp:h0001", nil, "hcp:h0003"])
        XCTAssertEqual(insights.map(\.productID), ["product:lumora", nil, "product:veltra"])
        XCTAssertEqual(insights.map(\.theme), ["unmet-need", "education-need", "competitor"])
        XCTAssertEqual(insights[1].interactionAt, ISODate.parse("2026-10-06T12:30:00Z"))
        XCTAssertTrue(insights.allSatisfy { $0.status == .submitted && $0.loggedAt == InterchangeFixture.importTime })
        let audit = try fixture.store.auditLog(entity: "insight", limit: 10).items
        XCTAssertEqual(audit.map(\.action), [.import])
        XCTAssertEqual(audit.first?.actor, "person:anna-rmd")
    }

    func testColumnsInAnyOrderWithOptionalAndUnknownColumns() throws {
        let id = UUID()
        let text = "Text,theme,notes,channel,sentiment,product,hcp,region,author,date,loggedAt,id,tags\n"
            + "Asked for data,study-interest,ignored,phone,+1,,hcp:h0002,region:north,person:mia-msl,2026-09-01,2026-09-02T10:00:00Z,\(id),iit;site\n"
        let url = try fixture.file("reordered.csv", text)
        XCTAssertEqual(try fixture.store.importInsightsCSV(from: url, actor: "person:anna-rmd").imported, 1)
        let insight = try XCTUnwrap(fixture.store.insight(id: id))
        XCTAssertEqual(insight.whatWasSaid, "Asked for data")
        XCTAssertEqual(insight.sentiment, 1)
        XCTAssertEqual(insight.channel, .phone)
        XCTAssertEqual(insight.loggedAt, ISODate.parse("2026-09-02T10:00:00Z"))
        XCTAssertEqual(insight.tags, ["iit", "site"])
    }

    func testInvalidUTF8NamesLineAndField() throws {
        var bytes = Array(csv([goodRow(2), goodRow(3)]).utf8)
        bytes += Array("2026-10-05,person:mia-msl,region:north,,,unmet-need,0,phone,bad ".utf8) + [0xFF, 0xFE] + [0x0A]
        let url = try fixture.file("insights.csv", bytes)
        XCTAssertThrowsError(try fixture.store.importInsightsCSV(from: url, actor: "person:anna-rmd",
                                                                 options: CSVImportOptions(displayName: "insights.csv"))) { error in
            let error = error as? ImportError
            XCTAssertEqual(error?.line, 4)
            XCTAssertEqual(error?.field, "text")
            XCTAssertTrue(error?.description.hasPrefix("insights.csv:4: text: invalid UTF-8") ?? false, String(describing: error))
        }
        XCTAssertEqual(try fixture.insightCount(), 0)
    }

    func testUnknownRegion() throws {
        let error = try fixture.importError(csv([goodRow(2), "2026-10-05,person:mia-msl,region:atlantis,,,unmet-need,0,phone,Hello"]))
        XCTAssertEqual(error?.description, "insights.csv:3: region: unknown region 'region:atlantis'")
        XCTAssertEqual(try fixture.insightCount(), 0)
    }

    func testUnknownHCP() throws {
        let error = try fixture.importError(csv(["2026-10-05,person:mia-msl,region:north,hcp:h9999,,unmet-need,0,phone,Hello"]))
        XCTAssertEqual(error?.description, "insights.csv:2: hcp: unknown HCP 'hcp:h9999'")
    }

    func testMalformedDate() throws {
        let error = try fixture.importError(csv([goodRow(2), goodRow(3), "2026-02-30,person:mia-msl,region:north,,,unmet-need,0,phone,Hello"]))
        XCTAssertEqual(error?.line, 4)
        XCTAssertEqual(error?.field, "date")
        XCTAssertTrue(error?.reason.hasPrefix("'2026-02-30' is not an ISO 8601 date") ?? false, String(describing: error))
    }

    func testSentimentOutOfRange() throws {
        let rows = (2...16).map(goodRow) + ["2026-10-05,person:mia-msl,region:north,,,unmet-need,5,phone,Hello"]
        let error = try fixture.importError(csv(rows))
        XCTAssertEqual(error?.description, "insights.csv:17: sentiment: 5 is outside −2…2")
    }

    func testSentimentNotANumber() throws {
        let error = try fixture.importError(csv(["2026-10-05,person:mia-msl,region:north,,,unmet-need,good,phone,Hello"]))
        XCTAssertEqual(error?.description, "insights.csv:2: sentiment: 'good' is not a whole number")
    }

    func testMissingColumn() throws {
        let text = "date,author,region,hcp,product,theme,channel,text\n2026-10-05,person:mia-msl,region:north,,,unmet-need,phone,Hello\n"
        let error = try fixture.importError(text)
        XCTAssertEqual(error?.line, 1)
        XCTAssertEqual(error?.field, "sentiment")
        XCTAssertTrue(error?.reason.hasPrefix("missing column") ?? false)
    }

    func testRaggedRow() throws {
        let error = try fixture.importError(csv([goodRow(2), "2026-10-05,person:mia-msl,region:north,,unmet-need,0,phone,Hello"]))
        XCTAssertEqual(error?.description, "insights.csv:3: ragged row: 8 fields where the header has 9")
        XCTAssertEqual(try fixture.insightCount(), 0)
    }

    func testUnknownTheme() throws {
        let error = try fixture.importError(csv(["2026-10-05,person:mia-msl,region:north,,,weather,0,phone,Hello"]))
        XCTAssertEqual(error?.line, 2)
        XCTAssertEqual(error?.field, "theme")
        XCTAssertTrue(error?.reason.hasPrefix("'weather' is not a theme") ?? false, String(describing: error))
    }

    func testUnknownChannelAndEmptyTextAndUnknownAuthor() throws {
        XCTAssertEqual(try fixture.importError(csv(["2026-10-05,person:mia-msl,region:north,,,unmet-need,0,fax,Hi"]))?.field, "channel")
        XCTAssertEqual(try fixture.importError(csv(["2026-10-05,person:mia-msl,region:north,,,unmet-need,0,phone,  "]))?.description,
                       "insights.csv:2: text: must not be empty")
        XCTAssertEqual(try fixture.importError(csv(["2026-10-05,person:nobody,region:north,,,unmet-need,0,phone,Hi"]))?.description,
                       "insights.csv:2: author: unknown person 'person:nobody'")
        XCTAssertEqual(try fixture.importError(csv(["2026-10-05,mia,region:north,,,unmet-need,0,phone,Hi"]))?.description,
                       "insights.csv:2: author: 'mia' is not an id of the form person:name")
    }

    func testDateAfterTheImportIsRefused() throws {
        let error = try fixture.importError(csv(["2031-01-01,person:mia-msl,region:north,,,unmet-need,0,phone,Hi"]))
        XCTAssertEqual(error?.description, "insights.csv:2: date: is later than the time of import")
    }

    func testEmptyFileNeedsAHeader() throws {
        XCTAssertEqual(try fixture.importError("")?.line, 1)
    }

    func testABadLastRowLeavesTheDatabaseUnchanged() throws {
        _ = try fixture.store.importInsightsCSV(from: fixture.file("first.csv", csv([goodRow(2)])), actor: "person:anna-rmd")
        let insightsBefore = try fixture.insightCount()
        let auditBefore = try fixture.auditCount()
        XCTAssertEqual(insightsBefore, 1)

        let rows = (2...500).map(goodRow) + ["2026-10-05,person:mia-msl,region:north,,,unmet-need,3,phone,Hello"]
        let error = try fixture.importError(csv(rows))

        XCTAssertEqual(error?.line, 501)
        XCTAssertEqual(try fixture.insightCount(), insightsBefore)
        XCTAssertEqual(try fixture.auditCount(), auditBefore)
        XCTAssertFalse(FileManager.default.fileExists(atPath: fixture.folder.appendingPathComponent("insights.rejects.csv").path))
    }

    func testSkipInvalidImportsTheRestAndWritesRejectsWithReasons() throws {
        var bytes = Array(csv([
            goodRow(2),
            "2026-10-05,person:mia-msl,region:north,,,unmet-need,9,phone,\"Too, \"\"happy\"\"\"",
            goodRow(4),
            "2026-10-05,person:mia-msl,region:nowhere,,,unmet-need,0,phone,Lost",
            "2026-10-05,person:mia-msl,region:north,,,unmet-need,0,phone",
        ]).utf8)
        bytes += Array("2026-10-05,person:mia-msl,region:north,,,unmet-need,0,phone,x".utf8) + [0xC0, 0x0A]
        bytes += Array(goodRow(8).utf8) + [0x0A]
        let url = try fixture.file("insights.csv", bytes)
        var reports: [InterchangeProgress] = []
        let result = try fixture.store.importInsightsCSV(
            from: url, actor: "person:anna-rmd",
            options: CSVImportOptions(skipInvalid: true, displayName: "insights.csv", progress: { reports.append($0) }))

        let rejectsURL = fixture.folder.appendingPathComponent("insights.rejects.csv")
        XCTAssertEqual(result, CSVImportResult(imported: 3, rejected: 4, rejectsFile: rejectsURL))
        XCTAssertEqual(try fixture.insightCount(), 3)
        XCTAssertEqual(reports.last, InterchangeProgress(done: bytes.count, total: bytes.count, unit: .bytes))

        let reader = CSVReader(data: try Data(contentsOf: rejectsURL), requiresUniformFieldCount: false)
        var rejects: [[String]] = []
        while let record = try reader.next() { rejects.append(record.fields) }
        XCTAssertEqual(rejects.first, header.split(separator: ",").map(String.init) + ["reason"])
        XCTAssertEqual(rejects.count, 5)
        XCTAssertEqual(rejects[1][8], "Too, \"happy\"")
        XCTAssertEqual(rejects[1][9], "line 3: sentiment: 9 is outside −2…2")
        XCTAssertEqual(rejects[2][9], "line 5: region: unknown region 'region:nowhere'")
        XCTAssertEqual(rejects[3].count, 10)
        XCTAssertEqual(rejects[3][9], "line 6: ragged row: 8 fields where the header has 9")
        XCTAssertTrue(rejects[4][9].hasPrefix("line 7: text: invalid UTF-8"), rejects[4][9])
        XCTAssertEqual(rejects[4][8], "x\u{FFFD}")
    }

    func testSkipInvalidWithNothingBadWritesNoRejectsFile() throws {
        let url = try fixture.file("insights.csv", csv([goodRow(2)]))
        let result = try fixture.store.importInsightsCSV(from: url, actor: "person:anna-rmd", options: CSVImportOptions(skipInvalid: true))
        XCTAssertEqual(result, CSVImportResult(imported: 1, rejected: 0, rejectsFile: nil))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path), ["insights.csv"])
    }

    func testRestrictedWordsAreRefusedAsInLog() throws {
        let checker = ComplianceChecker(restricted: [RestrictedTerm(term: "miracle", category: "promotional", reason: "exaggerated efficacy wording is promotional")])
        fixture = try InterchangeFixture(compliance: checker)
        let error = try fixture.importError(
            csv(["2026-10-05,person:mia-msl,region:north,,,unmet-need,0,phone,A miracle drug"]), options: CSVImportOptions(screensText: true))
        XCTAssertEqual(error?.field, "text")
        XCTAssertTrue(error?.reason.contains("promotional") ?? false, String(describing: error))
        let screenOff = try fixture.importError(
            csv(["2026-10-05,person:mia-msl,region:north,,,unmet-need,0,phone,A miracle drug"]))
        XCTAssertNil(screenOff)
    }

    func testUnreadableFile() throws {
        XCTAssertThrowsError(try fixture.store.importInsightsCSV(
            from: fixture.folder.appendingPathComponent("missing.csv"), actor: "person:anna-rmd")) { error in
            XCTAssertTrue((error as? ImportError)?.description.contains("missing.csv: cannot read the file") ?? false, "\(error)")
        }
    }
}
