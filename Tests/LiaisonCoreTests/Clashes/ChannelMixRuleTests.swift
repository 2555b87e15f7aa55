import Foundation
import LiaisonCore
import XCTest

final class ChannelMixRuleTests: XCTestCase {
    private let rule = ChannelMixRule()

    /// The quiet country plus three products and HCPs: East's 20 pulmonologists are half
    /// remote-preferring with restricted access, half digital with no access (needle for
    /// Respiflo: (25 + 30 + 25 + 0 + 60) / 5 = 28); North's 12 oncologists are open-access
    /// F2F-preferring KOLs (needle for Oncavia: (100 + 100 + 100 + 100 + 60) / 5 = 92).
    private func snapshot(eastRespiflo: Int = 28, northOncavia: Int = 92, eastHCPs: Int = 10) throws -> ClashSnapshot {
        var snapshot = try ClashFixture.snapshot()
        snapshot.products = [
            try NeedleFixture.product(id: "product:respiflo", complexity: 2, stage: .mature, area: "Respiratory (COPD)"),
            try NeedleFixture.product(id: "product:oncavia", complexity: 5, stage: .prelaunch, area: "Oncology (NSCLC)"),
        ]
        var hcps = try NeedleFixture.hcps(eastHCPs, from: 0, region: "region:east", preference: .remote, access: .restricted)
        hcps += try NeedleFixture.hcps(eastHCPs, from: 100, region: "region:east", preference: .digital, access: .none)
        hcps += try NeedleFixture.hcps(
            12, from: 200, region: "region:north", specialty: "Medical oncology", tier: .national, preference: .faceToFace)
        snapshot.channelProfiles = HCPChannelProfile.profiles(from: hcps)
        try ClashFixture.editPlan(&snapshot, ClashFixture.planID("region:east")) {
            $0.channelMix = [try ChannelShare(productID: "product:respiflo", faceToFaceShare: eastRespiflo)]
        }
        try ClashFixture.editPlan(&snapshot, ClashFixture.planID("region:north")) {
            $0.channelMix = [try ChannelShare(productID: "product:oncavia", faceToFaceShare: northOncavia)]
        }
        return snapshot
    }

    func testMatchingPlansRaiseNothing() throws {
        XCTAssertEqual(ClashFixture.evaluate(rule, try snapshot()), [])
    }

    func testFaceToFaceHeavyPlanForADigitalAudienceFires() throws {
        let clashes = ClashFixture.evaluate(rule, try snapshot(eastRespiflo: 75))
        XCTAssertEqual(clashes.map(\.id), ["channelMix:region:east/product:respiflo"])
        let clash = clashes[0]
        XCTAssertEqual(clash.severity, 83)  // 30 + min((47 − 25) × 1.5, 40) + 100% not F2F-open × 0.2
        XCTAssertEqual(clash.level, .critical)
        XCTAssertEqual(clash.regionID, "region:east")
        XCTAssertEqual(clash.subject.kind, .product)
        XCTAssertEqual(clash.subject.label, "East · Respiflo")
        XCTAssertEqual(clash.evidence, [EvidenceRef(.plan, "plan:east-2027-h1")])
        XCTAssertEqual(clash.fieldPosition, "plan:east-2027-h1 plans 75% face to face for Respiflo, 47 points above the needle.")
        XCTAssertTrue(clash.officePosition.contains(
            "20 HCPs: 0 F2F-open KOLs, 0 F2F-open, 10 restricted-access, 0 remote-preferring, 10 digital-only"), clash.officePosition)
        XCTAssertTrue(clash.officePosition.hasPrefix(
            "The needle for Respiflo in East is 28 (Complexity 25, Lifecycle 30, F2F access 25, Customer preference 0, Company vision 60)"),
            clash.officePosition)
        XCTAssertEqual(clash.explanation.map(\.points), [30, 33, 20])
    }

    func testDigitalPlanForAFaceToFaceAudienceFires() throws {
        let clashes = ClashFixture.evaluate(rule, try snapshot(northOncavia: 40))
        XCTAssertEqual(clashes.map(\.id), ["channelMix:region:north/product:oncavia"])
        XCTAssertEqual(clashes[0].severity, 90)  // 30 + min(27 × 1.5, 40) + 100% F2F-open × 0.2
        XCTAssertTrue(clashes[0].fieldPosition.contains("52 points below the needle"), clashes[0].fieldPosition)
        XCTAssertEqual(clashes[0].explanation[2].label, "% of audience F2F-open")
    }

    func testGapOfExactlyTheThresholdFiresAndOneLessDoesNot() throws {
        XCTAssertEqual(ClashFixture.evaluate(rule, try snapshot(eastRespiflo: 53)).map(\.severity), [50])
        XCTAssertEqual(ClashFixture.evaluate(rule, try snapshot(eastRespiflo: 52)), [])
        XCTAssertEqual(ClashFixture.evaluate(rule, try snapshot(eastRespiflo: 3)).map(\.severity), [30])
        XCTAssertEqual(ClashFixture.evaluate(rule, try snapshot(eastRespiflo: 4)), [])
    }

    func testTooSmallAnAudienceDoesNotFire() throws {
        // 4 + 4 = 8 HCPs, below minAudienceSize 10; the needle is still 28.
        XCTAssertEqual(ClashFixture.evaluate(rule, try snapshot(eastRespiflo: 90, eastHCPs: 4)), [])
        XCTAssertEqual(ClashFixture.evaluate(rule, try snapshot(eastRespiflo: 90, eastHCPs: 5)).count, 1)
    }

    func testOnlyTheProductsAudienceCounts() throws {
        var snapshot = try snapshot(eastRespiflo: 75)
        // Face-to-face cardiologists in East are not Respiflo's audience and change nothing.
        let cardiologists = try NeedleFixture.hcps(40, from: 300, region: "region:east", specialty: "Cardiology")
        snapshot.channelProfiles += HCPChannelProfile.profiles(from: cardiologists)
        XCTAssertEqual(ClashFixture.evaluate(rule, snapshot).map(\.severity), [83])
    }

    func testNationalPlanIsComparedWithTheWholeCountry() throws {
        var snapshot = try snapshot()
        try ClashFixture.editPlan(&snapshot, ClashFixture.nationalPlanID) {
            $0.channelMix = [try ChannelShare(productID: "product:respiflo", faceToFaceShare: 80)]
        }
        let clashes = ClashFixture.evaluate(rule, snapshot)
        XCTAssertEqual(clashes.map(\.id), ["channelMix:national/product:respiflo"])
        XCTAssertNil(clashes[0].regionID)
        XCTAssertEqual(clashes[0].subject.label, "National · Respiflo")
        XCTAssertTrue(clashes[0].officePosition.hasPrefix("plan:national-2027-h1 plans 80%"), clashes[0].officePosition)
    }

    func testUnknownProductOrMissingProfilesRaiseNothing() throws {
        var snapshot = try snapshot(eastRespiflo: 75)
        snapshot.products.removeAll { $0.id == "product:respiflo" }
        XCTAssertEqual(ClashFixture.evaluate(rule, snapshot), [])
        var empty = try self.snapshot(eastRespiflo: 75)
        empty.channelProfiles = []
        XCTAssertEqual(ClashFixture.evaluate(rule, empty), [])
    }

    func testNeedleWeightsChangeTheVerdict() throws {
        var snapshot = try snapshot(eastRespiflo: 60)
        XCTAssertEqual(ClashFixture.evaluate(rule, snapshot).count, 1)  // gap 32
        snapshot.needle.weights = NeedleWeights(complexity: 0, lifecycle: 0, access: 0, preference: 0, vision: 1)
        // The needle is now the vision, 60, everywhere: East's 60 fits; North's 92 is 32 above.
        XCTAssertEqual(ClashFixture.evaluate(rule, snapshot).map(\.id), ["channelMix:region:north/product:oncavia"])
    }

    func testPlanChangeScopesToItsRegionAndMatchesAFullRecompute() throws {
        let engine = ClashEngine()
        var snapshot = try snapshot(eastRespiflo: 75)
        var current = engine.evaluateAll(snapshot, config: .defaults)
        XCTAssertEqual(rule.scope(of: .planChanged("plan:east-2027-h1"), in: snapshot), .regions(["region:east"]))
        XCTAssertEqual(rule.scope(of: .planChanged(ClashFixture.nationalPlanID), in: snapshot), .everything)
        XCTAssertTrue(rule.scope(of: .touchpointLogged(hcpID: "hcp:t1"), in: snapshot).isEmpty)
        XCTAssertTrue(rule.scope(of: .clockAdvanced, in: snapshot).isEmpty)
        for share in [30, 90, 53, 52] {
            try ClashFixture.editPlan(&snapshot, ClashFixture.planID("region:north")) {
                $0.channelMix = [try ChannelShare(productID: "product:oncavia", faceToFaceShare: share)]
            }
            current = engine.update(previous: current, snapshot: snapshot, config: .defaults, change: .planChanged("plan:north-2027-h1"))
            XCTAssertEqual(current, engine.evaluateAll(snapshot, config: .defaults), "share \(share)")
        }
    }

    func testHelpTextQuotesTheConfiguredNumbers() {
        var config = ClashConfig.defaults
        config.channelMix.minGap = 30
        config.channelMix.minAudienceSize = 15
        let text = rule.helpText(config: config)
        XCTAssertTrue(text.contains("30 or more points away"), text)
        XCTAssertTrue(text.contains("at least 15 HCPs"), text)
        XCTAssertTrue(text.contains("1.50 per point of gap"), text)
    }

    func testSettingsAreCheckedByKey() {
        XCTAssertThrowsError(try ClashConfig.defaults.merged(
            withConfigFile: Data(#"{"clashes": {"channelMix": {"minGap": 0}}}"#.utf8), source: "user.json")) {
            XCTAssertEqual(($0 as? ValidationError)?.field, "clashes.channelMix.minGap")
        }
        XCTAssertThrowsError(try ClashConfig.defaults.merged(
            withConfigFile: Data(#"{"clashes": {"touchpointNoise": {"minFunctions": 6}}}"#.utf8), source: "user.json")) {
            XCTAssertEqual(($0 as? ValidationError)?.field, "clashes.touchpointNoise.minFunctions")
        }
    }
}
