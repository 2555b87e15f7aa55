import Foundation
import LiaisonCore
import XCTest
@testable import LiaisonStore

final class InsightCSVExportTests: XCTestCase {
    func testCSVExportImportsBackWithTheSameInsightFields() throws {
        let source = try InterchangeFixture()
        let dataset = try InterchangeFixture.richDataset()
        _ = try source.store.write(actor: "person:anna-rmd") { transaction in
            try transaction.insertInsights(dataset.insights)
        }
        let exported = source.folder.appendingPathComponent("insights.csv")
        var reports: [InterchangeProgress] = []
        let count = try source.store.exportInsightsCSV(to: exported, lineEnding: .crlf, progress: { reports.append($0) })
        XCTAssertEqual(count, 40)
        XCTAssertEqual(reports.last, InterchangeProgress(done: 40, total: 40, unit: .records))

        let target = try InterchangeFixture()
        let result = try target.store.importInsightsCSV(from: exported, actor: "person:anna-rmd")
        XCTAssertEqual(result.imported, 40)

        func comparable(_ insight: Insight) -> Insight {
            var copy = insight
            copy.endorsedBy = []
            copy.status = .submitted
            return copy
        }
        let original = try source.allInsights().map(comparable).sorted { $0.id.uuidString < $1.id.uuidString }
        let roundTripped = try target.allInsights().sorted { $0.id.uuidString < $1.id.uuidString }
        XCTAssertEqual(roundTripped, original)
        XCTAssertEqual(roundTripped.first { $0.whatWasSaid.hasPrefix("Insight 4:") }?.whatWasSaid,
                       "Insight 4: \"quotes\", commas, 改行\nnewline and 🎉")
    }

    func testHeaderAndRowLayout() throws {
        let fixture = try InterchangeFixture()
        let id = UUID(uuidString: "00000000-0000-0000-0000-000000000001")!
        let insight = try Insight(
            id: id, authorID: "person:mia-msl", regionID: "region:north", hcpID: "hcp:h0001", productID: "product:lumora",
            theme: "unmet-need", interactionAt: ISODate.parse("2026-10-05T09:30:00Z")!, loggedAt: ISODate.parse("2026-10-05T10:00:00Z")!,
            whatWasSaid: "Said, \"this\"", sentiment: -1, channel: .phone, tags: ["a", "b"])
        _ = try fixture.store.write(actor: "person:anna-rmd") { try $0.insertInsights([insight]) }
        let url = fixture.folder.appendingPathComponent("out.csv")
        try fixture.store.exportInsightsCSV(to: url)
        XCTAssertEqual(try String(contentsOf: url, encoding: .utf8), """
            date,author,region,hcp,product,theme,sentiment,channel,text,id,loggedAt,institution,listeningPriority,whyItMatters,tags
            2026-10-05T09:30:00Z,person:mia-msl,region:north,hcp:h0001,product:lumora,unmet-need,-1,phone,"Said, ""this\""",\
            00000000-0000-0000-0000-000000000001,2026-10-05T10:00:00Z,,,,a;b

            """)
    }
}
