import Foundation
import LiaisonCore
import LiaisonResources
import XCTest

final class NeedleConfigTests: XCTestCase {
    private func overlay(_ json: String) throws -> NeedleConfig {
        try NeedleConfig.defaults.merged(withConfigFile: Data(json.utf8), source: "user.json")
    }

    private func assertRejects(_ json: String, field: String, reasonContains text: String, line: UInt = #line) {
        XCTAssertThrowsError(try overlay(json), line: line) { error in
            guard let error = error as? ValidationError else { return XCTFail("\(error)", line: line) }
            XCTAssertEqual(error.entity, "user.json", line: line)
            XCTAssertEqual(error.field, field, line: line)
            XCTAssertTrue(error.reason.contains(text), error.reason, line: line)
        }
    }

    func testBundledConfigSpellsOutTheDefaults() throws {
        let data = try BundledResource.config.data()
        XCTAssertEqual(try NeedleConfig.load(bundled: data), .defaults)
        let document = try JSONDecoder().decode(JSONValue.self, from: data)
        guard case .object(let sections) = document else { return XCTFail("config.json is not an object") }
        let defaults = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(NeedleConfig.defaults))
        XCTAssertEqual(sections["needle"], defaults)
        XCTAssertNoThrow(try NeedleConfig.defaults.validate())
    }

    func testPartialOverlayChangesOnlyTheGivenKeys() throws {
        let config = try overlay(#"{"needle": {"companyVision": 20, "weights": {"vision": 3}, "lifecycleScores": {"mature": 40}}}"#)
        var expected = NeedleConfig.defaults
        expected.companyVision = 20
        expected.weights.vision = 3
        expected.lifecycleScores["mature"] = 40
        XCTAssertEqual(config, expected)
        XCTAssertEqual(try overlay(#"{"clashes": {}}"#), .defaults)
    }

    func testAudienceTableIsReplacedWhole() throws {
        let config = try overlay(#"{"needle": {"audienceSpecialties": {"Dermatology": ["Dermatology"]}}}"#)
        XCTAssertEqual(config.audienceSpecialties, ["Dermatology": ["Dermatology"]])
    }

    func testUserFileOverlaysTheBundledFile() throws {
        let config = try NeedleConfig.load(
            bundled: try BundledResource.config.data(), user: Data(#"{"needle": {"restrictedAccessScore": 25}}"#.utf8))
        XCTAssertEqual(config.restrictedAccessScore, 25)
        XCTAssertEqual(config.companyVision, 60)
    }

    func testBadValuesNameTheKey() {
        assertRejects(#"{"needle": {"weights": {"complexity": 0, "lifecycle": 0, "access": 0, "preference": 0, "vision": 0}}}"#,
                      field: "needle.weights", reasonContains: "all five weights are 0")
        assertRejects(#"{"needle": {"weights": {"access": -2}}}"#, field: "needle.weights.access", reasonContains: "0 or more")
        assertRejects(#"{"needle": {"companyVision": 120}}"#, field: "needle.companyVision", reasonContains: "0…100")
        assertRejects(#"{"needle": {"companyVision": "high"}}"#, field: "needle.companyVision", reasonContains: "number")
        assertRejects(#"{"needle": {"lifecycleScores": {"sunset": 5}}}"#, field: "needle.lifecycleScores.sunset", reasonContains: "unknown setting")
        assertRejects(#"{"needle": {"lifecycleScores": {"growth": null}}}"#, field: "needle.lifecycleScores.growth", reasonContains: "null")
        assertRejects(#"{"needle": {"companyVison": 50}}"#, field: "needle.companyVison", reasonContains: "unknown setting")
        assertRejects(#"{"needle": {"audienceSpecialties": {"Oncology": []}}}"#,
                      field: "needle.audienceSpecialties.Oncology", reasonContains: "at least one specialty")
        assertRejects(#"{"needle": 5}"#, field: "needle", reasonContains: "JSON object")
        assertRejects(#"{"needle": "#, field: "(file)", reasonContains: "not valid JSON")
    }
}
