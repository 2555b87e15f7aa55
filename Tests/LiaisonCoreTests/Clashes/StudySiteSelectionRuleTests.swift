import LiaisonCore
import XCTest

final class StudySiteSelectionRuleTests: XCTestCase {
    private let rule = StudySiteSelectionRule()

    func testWeakFieldNominationFires() throws {
        var snapshot = try ClashFixture.snapshot()
        try ClashFixture.editPlan(&snapshot, ClashFixture.planID("region:north")) {
            $0.studySites.append(try ClashFixture.site("inst:clinic-north"))
        }
        let clashes = ClashFixture.evaluate(rule, snapshot)
        XCTAssertEqual(clashes.map(\.id), ["studySite:region:north/study:lumora-301/inst:clinic-north"])
        XCTAssertEqual(clashes[0].severity, 63)  // 15 + (3 − 1) × 12 + (3 − 0) × 8
        XCTAssertEqual(clashes[0].level, .high)
        XCTAssertTrue(clashes[0].fieldPosition.contains("Clinic North"), clashes[0].fieldPosition)
        XCTAssertTrue(clashes[0].officePosition.contains("University Hospital North"), clashes[0].officePosition)
    }

    func testUnsupportedUniversityHospitalOnShortlistFires() throws {
        var snapshot = try ClashFixture.snapshot()
        try ClashFixture.editPlan(&snapshot, ClashFixture.nationalPlanID) {
            $0.studySites.append(try ClashFixture.site("inst:uh-east"))
        }
        try ClashFixture.editPlan(&snapshot, ClashFixture.planID("region:east")) {
            $0.studySites = [try ClashFixture.site("inst:rh-east"), try ClashFixture.site("inst:rh2-east")]
        }
        let clashes = ClashFixture.evaluate(rule, snapshot)
        XCTAssertEqual(clashes.map(\.id), ["studySite:study:lumora-301/inst:uh-east"])
        XCTAssertEqual(clashes[0].severity, 57)  // 35 + 10 university hospital + 2 × 6 competing
        XCTAssertEqual(clashes[0].regionID, "region:east")
        XCTAssertEqual(clashes[0].subject.kind, .studySite)
        XCTAssertTrue(clashes[0].fieldPosition.contains("Regional Hospital East"), clashes[0].fieldPosition)
    }

    func testNearMissesDoNotFire() throws {
        var snapshot = try ClashFixture.snapshot()
        try ClashFixture.editPlan(&snapshot, ClashFixture.planID("region:north")) {
            $0.studySites.append(try ClashFixture.site("inst:rh-north"))  // tier 2 with 4 trials: acceptable
        }
        try ClashFixture.editPlan(&snapshot, ClashFixture.nationalPlanID) {
            $0.studySites.append(try ClashFixture.site("inst:rh-west"))  // tier 2: not a flagship
            $0.studySites.append(try ClashFixture.site("inst:uh-east"))
            $0.studySites.append(try ClashFixture.site("inst:clinic-south"))  // weak, but the office wants it too
        }
        try ClashFixture.editPlan(&snapshot, ClashFixture.planID("region:east")) {
            $0.studySites = [try ClashFixture.site("inst:uh-east")]  // field backs the flagship
        }
        try ClashFixture.editPlan(&snapshot, ClashFixture.planID("region:south")) {
            $0.studySites.append(try ClashFixture.site("inst:clinic-south"))
        }
        XCTAssertEqual(ClashFixture.evaluate(rule, snapshot), [])
    }

    func testSupportForAnotherStudyDoesNotCount() throws {
        var snapshot = try ClashFixture.snapshot()
        try ClashFixture.editPlan(&snapshot, ClashFixture.planID("region:north")) {
            $0.studySites = [try ClashFixture.site("inst:uh-north", study: "study:other-200")]
        }
        XCTAssertEqual(ClashFixture.evaluate(rule, snapshot).map(\.id), ["studySite:study:lumora-301/inst:uh-north"])
    }
}
