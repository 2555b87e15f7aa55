import Foundation
import FoundationXML
import LiaisonCore
import LiaisonReports
import XCTest

final class HTMLReportTests: XCTestCase {
    private func document(_ report: WeeklyReport) throws -> XMLDocument {
        let html = HTMLReport.render(report)
        do {
            return try XMLDocument(data: Data(html.utf8), options: [])
        } catch {
            XCTFail("the report is not well-formed XML: \(error)")
            throw error
        }
    }

    private func nodes(_ document: XMLDocument, _ path: String) throws -> [XMLElement] {
        try document.nodes(forXPath: path).compactMap { $0 as? XMLElement }
    }

    /// The attribute's value; looked up by local name, since FoundationXML's
    /// `attribute(forName:)` misses plain attributes on elements in a default namespace.
    private func attribute(_ element: XMLElement, _ name: String) -> String? {
        element.attributes?.first { $0.localName == name || $0.name == name }?.stringValue
    }

    func testReportParsesAsXMLAndKeepsUserTextAsText() throws {
        let document = try document(try ReportFixture.report())
        XCTAssertEqual(document.rootElement()?.name, "html")
        let notes = try nodes(document, "//*[local-name()='div'][@class='notes']/*[local-name()='p']")
        XCTAssertEqual(notes.map(\.stringValue), ["Anna: <plan> & \"scope\" stay", "Revisit in March"], "one paragraph per note line")
        XCTAssertTrue(try nodes(document, "//*[local-name()='plan' or local-name()='script' or local-name()='link']").isEmpty)
        let items = try nodes(document, "//*[local-name()='ol'][@class='agenda']/*[local-name()='li']")
        XCTAssertEqual(items.map { attribute($0, "data-kind") }, ["clash", "decision", "escalation", "action", "theme", "stats", "free"])
        XCTAssertEqual(attribute(items[2], "class"), "item dropped")
    }

    func testEmptyWeekParsesToo() throws {
        let document = try document(ReportFixture.emptyReport())
        XCTAssertEqual(try nodes(document, "//*[local-name()='polyline'][@data-series]").count, 0)
        XCTAssertEqual(try nodes(document, "//*[local-name()='rect'][@class='bar']").count, 4)
    }

    func testThemeTrendChartHasOneLinePerThemeWithItsSeries() throws {
        let document = try document(try ReportFixture.report())
        let lines = try nodes(document, "//*[@id='theme-trends']//*[local-name()='polyline']")
        XCTAssertEqual(lines.map { attribute($0, "data-series") }, ["unmet-need", "safety-perception", "competitor"])
        XCTAssertEqual(attribute(lines[0], "data-values"), "1,1,1,1,1,1,1,1,1,1,2,8")
        XCTAssertEqual(attribute(lines[0], "points")?.split(separator: " ").count, 12)
        let labels = try nodes(document, "//*[@id='theme-trends']//*[local-name()='text'][@class='label']").map(\.stringValue)
        XCTAssertEqual(labels.first, "Unmet need · 8")
        XCTAssertEqual(labels[1], "Safety <perception> · 1")
    }

    func testClashChartStacksLevelsPerRegion() throws {
        let document = try document(try ReportFixture.report())
        let segments = try nodes(document, "//*[@id='clashes-by-region']//*[local-name()='rect'][@data-count]")
        let found = segments.map { "\(attribute($0, "data-group") ?? "-")/\(attribute($0, "data-series") ?? "-")=\(attribute($0, "data-count") ?? "-")" }
        XCTAssertEqual(found, ["national/critical=1", "national/medium=2", "region:north/high=3", "region:north/low=1"])
    }

    func testDecisionChartHasOneBarPerModeWithItsCount() throws {
        let document = try document(try ReportFixture.report())
        let bars = try nodes(document, "//*[@id='decisions-by-mode']//*[local-name()='rect'][@class='bar']")
        XCTAssertEqual(bars.map { attribute($0, "data-series") }, ["consensus", "compromise", "executiveRuling", "deferred"])
        XCTAssertEqual(bars.map { attribute($0, "data-count") }, ["4", "3", "2", "0"])
        let heights = bars.compactMap { attribute($0, "height").flatMap(Double.init) }
        XCTAssertEqual(heights[0], 130, accuracy: 0.01, "the largest bar fills the plot")
        XCTAssertEqual(heights[3], 0)
    }

    func testSameContentAsTheMinutes() throws {
        let document = try document(try ReportFixture.report())
        let decisions = try nodes(document, "//*[@class='decision']/*[local-name()='h3']").map(\.stringValue)
        XCTAssertEqual(decisions, ["HF board: national or regional", "MSL capacity"])
        let rows = try nodes(document, "//*[local-name()='tbody']/*[local-name()='tr']")
        XCTAssertEqual(rows.map { attribute($0, "data-status") }, ["open", "open"])
        XCTAssertEqual(rows[0].stringValue, "Send the revised plan <v2>Anna Keller2027-01-27openthis meeting")
        let attendees = try nodes(document, "//*[@class='attendance']//*[local-name()='li']").map(\.stringValue)
        XCTAssertEqual(attendees, ["Anna Keller", "Clara Wolf", "gone"])
    }

    func testSelfContainedAndPrintable() throws {
        let html = HTMLReport.render(try ReportFixture.report())
        XCTAssertTrue(html.contains("@media print"))
        XCTAssertTrue(html.contains("page-break-inside: avoid"))
        for forbidden in ["<script", "<link", "src=", "url(", "@import", "href=\"http"] {
            XCTAssertFalse(html.contains(forbidden), "found \(forbidden)")
        }
        let external = html.components(separatedBy: "http").count - 1
        let namespaces = html.components(separatedBy: "xmlns=\"http").count - 1
        XCTAssertEqual(external, namespaces, "the only URLs are XML namespaces")
    }

    func testEscapingDropsCharactersXMLForbids() {
        XCTAssertEqual(XMLText.escape("a<b>&\"c'\u{07}\td"), "a&lt;b&gt;&amp;&quot;c&#39;\td")
    }
}
