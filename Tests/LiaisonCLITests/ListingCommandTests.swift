import Foundation
import LiaisonCore
import XCTest

final class ListingCommandTests: CLITestCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        try initWithFixture()
    }

    func testSearchNarrowsTheListing() throws {
        XCTAssertEqual(try allInsights().count, 3)
        let result = expectSuccess(try cli.run(["insights", "--search", "referral", "--format", "json"]))
        let found = try decode([Insight].self, from: result)
        XCTAssertEqual(found.map(\.id.uuidString), ["00000000-0000-0000-0000-00000000A001"])
    }

    func testFiltersCombine() throws {
        let result = expectSuccess(try cli.run(["insights", "--region", "north", "--theme", "education-need", "--format", "json"]))
        XCTAssertEqual(try decode([Insight].self, from: result).map(\.whatWasSaid), [FixtureDataset.japaneseText])
        let none = expectSuccess(try cli.run(["insights", "--region", "south", "--since", "2026-01-20", "--format", "json"]))
        XCTAssertEqual(try decode([Insight].self, from: none), [])
    }

    func testCSVHasTheImportHeader() throws {
        let result = expectSuccess(try cli.run(["insights", "--format", "csv"]))
        let lines = result.stdout.split(separator: "\n")
        XCTAssertEqual(
            lines.first,
            "date,author,region,hcp,product,theme,sentiment,channel,text,id,loggedAt,institution,listeningPriority,whyItMatters,tags")
        XCTAssertEqual(lines.count, 4)
    }

    func testTableAlignsColumnsByDisplayWidthWithCJKText() throws {
        expectSuccess(try cli.run([
            "log", "Patients like the app 👍", "--theme", "patient-experience", "--at", "2026-01-14", "--as", "mia-msl",
        ]))
        let result = expectSuccess(try cli.run(["insights", "--format", "table"]))
        XCTAssertFalse(result.stdout.contains("\u{1B}["), "no colour with NO_COLOR")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 5)
        let header = try XCTUnwrap(lines.first)
        let textColumn = try XCTUnwrap(header.range(of: "WHAT WAS SAID")).lowerBound
        let expectedStart = displayWidth(String(header[..<textColumn]))
        for line in lines.dropFirst() {
            let start = try XCTUnwrap(["Referral", "患者", "Payers", "Patients"].compactMap { line.range(of: $0) }.first).lowerBound
            XCTAssertEqual(displayWidth(String(line[..<start])), expectedStart, "misaligned: \(line)")
        }
        let japanese = try XCTUnwrap(lines.first { $0.contains("患者") })
        XCTAssertTrue(japanese.hasSuffix(FixtureDataset.japaneseText))
    }

    func testTableAlignsAndTruncatesWideTextByDisplayWidth() throws {
        let result = expectSuccess(try cli.run(["plans", "north"]))
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let header = try XCTUnwrap(lines.first { $0.contains("OBJECTIVE") && $0.contains("THEME") })
        let themeColumn = displayWidth(String(header[..<header.range(of: "THEME")!.lowerBound]))
        for theme in ["education-need", "diagnostic-pathway", "access-reimbursement"] {
            let row = try XCTUnwrap(lines.first { $0.contains(theme) }, "no row with \(theme)")
            let start = row.range(of: theme)!.lowerBound
            XCTAssertEqual(displayWidth(String(row[..<start])), themeColumn, "misaligned: \(row)")
        }
        let long = try XCTUnwrap(lines.first { $0.contains("患者さん") })
        let cell = String(long[long.range(of: "患者さん")!.lowerBound...]).components(separatedBy: "  ")[0]
        XCTAssertTrue(cell.hasSuffix("…"), "a title wider than the column is cut: \(cell)")
        XCTAssertLessThanOrEqual(displayWidth(cell), 48)
        XCTAssertGreaterThanOrEqual(displayWidth(cell), 47, "cut by display width, not by character count")
    }

    func testRegionalPlanShowsRankDifferencesToTheNationalPlan() throws {
        let result = expectSuccess(try cli.run(["plans", "north"]))
        let objectives = result.stdout.split(separator: "\n").map(String.init)
        let education = try XCTUnwrap(objectives.first { $0.contains("Educate prescribers") })
        XCTAssertTrue(education.contains("↑2"), "north ranks it 1, national 3: \(education)")
        let diagnosis = try XCTUnwrap(objectives.first { $0.contains("患者さん") })
        XCTAssertTrue(diagnosis.contains("↓1"), diagnosis)
        let access = try XCTUnwrap(objectives.first { $0.contains("Reimbursement access") })
        XCTAssertTrue(access.contains("left out"), access)
        XCTAssertTrue(result.stdout.contains("University Hospital North"), "study sites name the institution")
        XCTAssertTrue(result.stdout.contains("70"), "F2F share")
    }

    func testPlansAsJSONParseBack() throws {
        let result = expectSuccess(try cli.run(["plans", "--format", "json"]))
        let plans = try decode([Plan].self, from: result)
        XCTAssertEqual(plans.map(\.id), ["plan:national-2027-h1", "plan:north-2027-h1"])
    }

    func testUnknownRegionForPlansFails() throws {
        let result = try cli.run(["plans", "atlantis"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("region:atlantis"), result.stderr)
    }

    func testOpenDecisionsAsJSON() throws {
        let result = expectSuccess(try cli.run(["decisions", "--status", "open", "--format", "json"]))
        let decisions = try decode([Decision].self, from: result)
        XCTAssertEqual(decisions.map(\.id), [FixtureDataset.openDecisionID])
        let all = try decode([Decision].self, from: expectSuccess(try cli.run(["decisions", "--format", "json"])))
        XCTAssertEqual(Set(all.map(\.id)), [FixtureDataset.openDecisionID, FixtureDataset.decidedDecisionID])
    }

    func testDecisionStatusMustBeKnown() throws {
        let result = try cli.run(["decisions", "--status", "pending"])
        XCTAssertEqual(result.status, 64, result.stderr)
    }

    /// Terminal columns of `text`: East Asian wide characters count two.
    private func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { sum, scalar in
            sum + ((0x3040...0x9FFF).contains(Int(scalar.value)) ? 2 : 1)
        }
    }
}
