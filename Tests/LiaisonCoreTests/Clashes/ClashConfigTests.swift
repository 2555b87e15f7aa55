import Foundation
import LiaisonCore
import LiaisonResources
import XCTest

final class ClashConfigTests: XCTestCase {
    private func overlay(_ json: String, on base: ClashConfig = .defaults) throws -> ClashConfig {
        try base.merged(withConfigFile: Data(json.utf8), source: "user.json")
    }

    private func assertRejects(_ json: String, field: String, reasonContains text: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try overlay(json), file: file, line: line) { error in
            guard let error = error as? ValidationError else { return XCTFail("\(error)", file: file, line: line) }
            XCTAssertEqual(error.entity, "user.json", file: file, line: line)
            XCTAssertEqual(error.field, field, file: file, line: line)
            XCTAssertTrue(error.reason.contains(text), error.reason, file: file, line: line)
        }
    }

    func testBundledConfigSpellsOutTheDefaultsAndKeepsTheNeedleSection() throws {
        let data = try BundledResource.config.data()
        XCTAssertEqual(try ClashConfig.load(bundled: data), .defaults)
        let document = try JSONDecoder().decode(JSONValue.self, from: data)
        guard case .object(let sections) = document else { return XCTFail("config.json is not an object") }
        guard case .object = sections["needle"] else { return XCTFail("config.json lost its needle section") }
        // Every default key is written in the bundled file, so users can see what to override.
        let defaults = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(ClashConfig.defaults))
        XCTAssertEqual(sections["clashes"], defaults)
    }

    func testPartialOverlayChangesOnlyTheGivenKeys() throws {
        let config = try overlay(#"{"clashes": {"levels": {"high": 60}, "priorityDivergence": {"minRankGap": 3}}, "needle": {}}"#)
        var expected = ClashConfig.defaults
        expected.levels.high = 60
        expected.priorityDivergence.minRankGap = 3
        XCTAssertEqual(config, expected)
    }

    func testUserFileOverlaysTheBundledFile() throws {
        let bundled = Data(#"{"clashes": {"unaddressedSignal": {"windowDays": 14, "minRecentCount": 6}}}"#.utf8)
        let user = Data(#"{"clashes": {"unaddressedSignal": {"minRecentCount": 8}, "nationalVoice": {"educationalTacticKinds": ["educationalEvent", "digitalProgramme"]}}}"#.utf8)
        let config = try ClashConfig.load(bundled: bundled, user: user)
        XCTAssertEqual(config.unaddressedSignal.windowDays, 14)
        XCTAssertEqual(config.unaddressedSignal.minRecentCount, 8)
        XCTAssertEqual(config.nationalVoice.educationalTacticKinds, [.educationalEvent, .digitalProgramme])
        XCTAssertEqual(config.stalledDecision, ClashConfig.defaults.stalledDecision)
    }

    func testFileWithoutClashSectionChangesNothing() throws {
        XCTAssertEqual(try overlay(#"{"needle": {"companyVision": 10}}"#), .defaults)
    }

    func testBadOverridesNameTheKey() {
        assertRejects(#"{"clashes": {"priorityDivergence": {"minRankGapp": 3}}}"#,
                      field: "clashes.priorityDivergence.minRankGapp", reasonContains: "unknown setting")
        assertRejects(#"{"clashes": {"levels": {"high": "sixty"}}}"#, field: "clashes.levels.high", reasonContains: "whole number")
        assertRejects(#"{"clashes": {"levels": {"high": 2.5}}}"#, field: "clashes.levels.high", reasonContains: "whole number (is 2.5)")
        assertRejects(#"{"clashes": {"levels": {"high": 90}}}"#, field: "clashes.levels", reasonContains: "must rise")
        assertRejects(#"{"clashes": {"roleOverreach": {"maxExecutiveShare": 1.5}}}"#,
                      field: "clashes.roleOverreach.maxExecutiveShare", reasonContains: "between 0 and 1")
        assertRejects(#"{"clashes": {"unaddressedSignal": {"windowDays": 0}}}"#,
                      field: "clashes.unaddressedSignal.windowDays", reasonContains: "greater than 0")
        assertRejects(#"{"clashes": {"nationalVoice": {"educationalTacticKinds": ["webinar"]}}}"#,
                      field: "clashes.nationalVoice.educationalTacticKinds[0]", reasonContains: "webinar")
        assertRejects(#"{"clashes": [1, 2]}"#, field: "clashes", reasonContains: "JSON object")
        assertRejects(#"{"clashes": {"levels": "#, field: "(file)", reasonContains: "not valid JSON")
    }

    func testOverrideChangesEngineOutput() throws {
        var snapshot = try ClashFixture.snapshot()
        snapshot.themeActivity = [ThemeActivity(
            regionID: "region:west", theme: "competitor", recentCount: 12, previousCount: 12, sampleInsightIDs: [])]
        XCTAssertEqual(ClashEngine().evaluateAll(snapshot, config: .defaults).map(\.level), [.medium])
        let config = try overlay(#"{"clashes": {"levels": {"medium": 40, "high": 50, "critical": 60}}}"#)
        XCTAssertEqual(ClashEngine().evaluateAll(snapshot, config: config).map(\.level), [.low])
    }
}

final class ClashHelpTextTests: XCTestCase {
    func testHelpTextQuotesTheConfiguredNumbers() {
        var config = ClashConfig.defaults
        config.priorityDivergence.minRankGap = 3
        config.unaddressedSignal.windowDays = 14
        let texts = Dictionary(uniqueKeysWithValues: ClashEngine.standardRules.map { ($0.kind, $0.helpText(config: config)) })
        XCTAssertEqual(texts.count, 8)
        XCTAssertTrue(texts[.priorityDivergence]!.contains("3 or more places"), texts[.priorityDivergence]!)
        XCTAssertTrue(texts[.unaddressedSignal]!.contains("last 14 days"), texts[.unaddressedSignal]!)
        XCTAssertTrue(texts[.roleOverreach]!.contains("more than 50% of the last 10"), texts[.roleOverreach]!)
        XCTAssertTrue(texts[.stalledDecision]!.contains("escalated 14 or more days ago"), texts[.stalledDecision]!)
    }
}
