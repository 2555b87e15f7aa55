import Foundation
import LiaisonCore
import XCTest

final class ImportExportTests: CLITestCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        try initWithFixture()
    }

    private let header = "date,author,region,hcp,product,theme,sentiment,channel,text\r\n"
    private let goodRows = """
        2026-01-20,person:mia-msl,region:north,hcp:h0001,product:lumora,unmet-need,1,faceToFace,"Wants ""real-world"" data, soon"\r
        2026-01-21T10:00:00Z,person:sam-rmd,region:south,,,competitor,-1,phone,"Two lines:
        比較データ 🙂"\r

        """

    func testImportsAGoodCSVFile() throws {
        let file = try cli.write("\u{FEFF}" + header + goodRows, to: "good.csv")
        expectSuccess(try cli.run(["import", file]))
        let insights = try allInsights()
        XCTAssertEqual(insights.count, 5)
        XCTAssertTrue(insights.contains { $0.whatWasSaid == "Wants \"real-world\" data, soon" })
        XCTAssertTrue(insights.contains { $0.text.contains("比較データ 🙂") && $0.regionID == "region:south" })
    }

    func testBadCSVRowRejectsTheWholeFileAndNamesFileAndLine() throws {
        let bad = "2026-01-22,person:mia-msl,region:atlantis,,,unmet-need,0,faceToFace,Lost city\r\n"
        let file = try cli.write(header + goodRows + bad, to: "bad.csv")
        let before = try cli.run(["export", "--format", "json"]).stdoutData
        let result = try cli.run(["import", file])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("bad.csv:5"), "the bad record starts on line 5: \(result.stderr)")
        XCTAssertTrue(result.stderr.contains("region"), result.stderr)
        XCTAssertEqual(try cli.run(["export", "--format", "json"]).stdoutData, before, "nothing may be written")
    }

    func testSkipInvalidImportsGoodRowsAndWritesRejects() throws {
        let bad = "2026-01-22,person:mia-msl,region:north,,,unmet-need,7,faceToFace,Too happy\r\n"
        let file = try cli.write(header + bad + goodRows, to: "mixed.csv")
        let result = expectSuccess(try cli.run(["import", file, "--skip-invalid"]))
        XCTAssertEqual(try allInsights().count, 5, result.stderr)
        let rejects = try String(contentsOfFile: cli.path("mixed.rejects.csv"), encoding: .utf8)
        let lines = rejects.split(whereSeparator: \.isNewline)
        XCTAssertEqual(lines.count, 2, rejects)
        XCTAssertTrue(lines[0].contains("reason"), rejects)
        XCTAssertTrue(lines[1].contains("Too happy"), rejects)
        XCTAssertTrue(lines[1].contains("sentiment"), rejects)
    }

    func testInvalidDatasetIsADataErrorNamingTheRecord() throws {
        var dataset = try FixtureDataset.make()
        dataset.insights[0].regionID = "region:atlantis"
        let file = try cli.write(try JSONCoding.encoder().encode(dataset), to: "broken.json")
        let result = try cli.run(["import", file])
        XCTAssertEqual(result.status, 65, result.stderr)
        XCTAssertTrue(result.stderr.contains("broken.json"), result.stderr)
        XCTAssertTrue(result.stderr.contains("insights[0]"), result.stderr)
    }

    func testJSONExportImportExportIsByteIdentical() throws {
        let first = cli.path("first.json")
        expectSuccess(try cli.run(["export", "--format", "json", "-o", first]))
        let fresh = try CLIRunner()
        defer { fresh.cleanUp() }
        expectSuccess(try fresh.run(["init"]))
        expectSuccess(try fresh.run(["import", first]))
        let second = fresh.path("second.json")
        expectSuccess(try fresh.run(["export", "--format", "json", "-o", second]))
        let firstData = try Data(contentsOf: URL(fileURLWithPath: first))
        XCTAssertEqual(firstData, try Data(contentsOf: URL(fileURLWithPath: second)))
        let dataset = try JSONCoding.decoder().decode(Dataset.self, from: firstData)
        XCTAssertEqual(dataset.insights.count, 3)
        XCTAssertEqual(dataset.decisions.count, 2)
    }

    func testCSVExportCanBeImportedAgain() throws {
        let exported = cli.path("insights.csv")
        expectSuccess(try cli.run(["export", "--format", "csv", "-o", exported]))
        let text = try String(contentsOfFile: exported, encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("date,author,region,hcp,product,theme,sentiment,channel,text,"), text)
        XCTAssertTrue(text.contains(FixtureDataset.japaneseText))
        let fresh = try CLIRunner()
        defer { fresh.cleanUp() }
        expectSuccess(try fresh.run(["init"]))
        let fixture = try fresh.write(FixtureDataset.json(), to: "fixture.json")
        expectSuccess(try fresh.run(["import", fixture]))
        expectSuccess(try fresh.run(["import", exported]))
        let original = try allInsights().sorted { $0.id.uuidString < $1.id.uuidString }
        let roundTripped = try decode(
            [Insight].self, from: expectSuccess(try fresh.run(["insights", "--format", "json", "--limit", "0"])))
        XCTAssertEqual(roundTripped.sorted { $0.id.uuidString < $1.id.uuidString }, original)
    }

    func testImportsTouchpointsByTheirHeader() throws {
        let file = try cli.write("""
            date,hcp,function,channel,topic
            2026-01-18,hcp:h0001,sales,faceToFace,Formulary update
            2026-01-19,hcp:h0001,marketing,email,Webinar invitation

            """, to: "touchpoints.csv")
        let result = expectSuccess(try cli.run(["import", file]))
        XCTAssertTrue(result.stderr.contains("2 touchpoints"), result.stderr)
        let dataset = try decode(Dataset.self, from: expectSuccess(try cli.run(["export"])))
        XCTAssertEqual(dataset.touchpoints.map(\.topic).sorted(), ["Formulary update", "Webinar invitation"])
    }

    func testExportToStdoutMatchesTheFile() throws {
        let file = cli.path("export.json")
        expectSuccess(try cli.run(["export", "-o", file]))
        let stdout = expectSuccess(try cli.run(["export", "--format", "json"])).stdoutData
        XCTAssertEqual(stdout, try Data(contentsOf: URL(fileURLWithPath: file)))
    }

    func testExportToAFolderThatDoesNotExistFailsCleanly() throws {
        let result = try cli.run(["export", "-o", cli.path("no/such/folder/out.json")])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("no/such/folder"), result.stderr)
    }
}
