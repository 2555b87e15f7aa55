import Foundation
import LiaisonCore
import XCTest

final class TouchpointNoiseRuleTests: XCTestCase {
    private let rule = TouchpointNoiseRule()
    private let settings = TouchpointNoiseRule.Settings.defaults
    private var serial = 0

    private func touchpoint(
        _ hcp: HCP, day: Double, _ function: TouchpointFunction, _ channel: InteractionChannel = .email
    ) throws -> Touchpoint {
        serial += 1
        let id = UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", serial))!
        return try Touchpoint(id: id, hcpID: hcp.id, date: ClashFixture.day(day), function: function, channel: channel, topic: "topic")
    }

    /// `count` touchpoints one day apart ending `endDay`, cycling through `functions`.
    private func burst(
        _ hcp: HCP, count: Int, endDay: Double = -1, spacing: Double = 1, functions: [TouchpointFunction],
        channel: InteractionChannel = .email
    ) throws -> [Touchpoint] {
        try (0..<count).map { index in
            try touchpoint(hcp, day: endDay - Double(count - 1 - index) * spacing, functions[index % functions.count], channel)
        }
    }

    private func snapshot(_ hcps: [HCP], _ touchpoints: [Touchpoint]) throws -> ClashSnapshot {
        var snapshot = try ClashFixture.snapshot()
        snapshot.touchpointActivity = TouchpointActivity.compute(
            touchpoints: touchpoints, hcps: hcps, now: ClashFixture.now, settings: settings)
        return snapshot
    }

    func testBurstFromSeveralFunctionsFires() throws {
        let hcp = try NeedleFixture.hcp(1)
        let clashes = ClashFixture.evaluate(rule, try snapshot([hcp], try burst(hcp, count: 6, functions: [.msl, .sales])))
        XCTAssertEqual(clashes.map(\.id), ["touchpointNoise:hcp:t1"])
        XCTAssertEqual(clashes[0].severity, 26)  // 20 + 0 extra touchpoints + 1 extra function × 6
        XCTAssertEqual(clashes[0].subject.kind, .hcp)
        XCTAssertEqual(clashes[0].regionID, "region:east")
        XCTAssertEqual(
            clashes[0].fieldPosition, "Dr Test 1 got 6 touchpoints from 2 functions within 6 days (3 MSL, 3 sales).")
        XCTAssertEqual(clashes[0].evidence.first, EvidenceRef(.hcp, "hcp:t1"))
        XCTAssertEqual(
            clashes[0].officePosition, "Each of the 2 functions (MSL, sales) follows its own contact plan; nothing coordinates what reaches Dr Test 1.")
        XCTAssertEqual(clashes[0].evidence.count, 7)
    }

    func testBurstNearMissesDoNotFire() throws {
        let hcp = try NeedleFixture.hcp(1)
        // Five touchpoints: one too few.
        XCTAssertEqual(ClashFixture.evaluate(rule, try snapshot([hcp], try burst(hcp, count: 5, functions: [.msl, .sales]))), [])
        // Six from one function: coordinated by definition.
        XCTAssertEqual(ClashFixture.evaluate(rule, try snapshot([hcp], try burst(hcp, count: 6, functions: [.sales]))), [])
        // Six spread so the last falls exactly 14 days after the first: only five share a window.
        let spread = try [-15.0, -14, -13, -12, -11, -1].enumerated().map { index, day in
            try touchpoint(hcp, day: day, index % 2 == 0 ? .msl : .sales)
        }
        XCTAssertEqual(ClashFixture.evaluate(rule, try snapshot([hcp], spread)), [])
        // Six, but the oldest is outside the 90-day lookback.
        let old = try burst(hcp, count: 6, endDay: -85, functions: [.msl, .sales])
        XCTAssertEqual(ClashFixture.evaluate(rule, try snapshot([hcp], old)), [])
        XCTAssertEqual(ClashFixture.evaluate(rule, try snapshot([hcp], try burst(hcp, count: 6, endDay: -80, functions: [.msl, .sales]))).count, 1)
    }

    func testContactsAgainstPreferenceFire() throws {
        let hcp = try NeedleFixture.hcp(2, preference: .digital, access: .restricted)
        let visits = try [-60, -30, -5].map { try touchpoint(hcp, day: $0, .sales, .faceToFace) }
        let clashes = ClashFixture.evaluate(rule, try snapshot([hcp], visits))
        XCTAssertEqual(clashes.map(\.severity), [35])  // 20 + 3 contradicting × 5
        XCTAssertEqual(clashes[0].fieldPosition, "3 in-person contacts in the last 90 days although the HCP prefers digital contact.")
        XCTAssertTrue(clashes[0].officePosition.contains("preference is digital and face-to-face access is restricted"), clashes[0].officePosition)
        let noAccess = try NeedleFixture.hcp(3, preference: .faceToFace, access: .none)
        let noAccessVisits = try [-60, -30, -5].map { try touchpoint(noAccess, day: $0, .msl, .faceToFace) }
        XCTAssertEqual(ClashFixture.evaluate(rule, try snapshot([noAccess], noAccessVisits)).count, 1)
    }

    func testContradictionNearMissesDoNotFire() throws {
        let hcp = try NeedleFixture.hcp(2, preference: .remote)
        let two = try [-30, -5].map { try touchpoint(hcp, day: $0, .sales, .faceToFace) }
        XCTAssertEqual(ClashFixture.evaluate(rule, try snapshot([hcp], two)), [])
        let oneTooOld = try [-95, -30, -5].map { try touchpoint(hcp, day: $0, .sales, .faceToFace) }
        XCTAssertEqual(ClashFixture.evaluate(rule, try snapshot([hcp], oneTooOld)), [])
        let congresses = try [-60, -30, -5].map { try touchpoint(hcp, day: $0, .marketing, .congress) }
        XCTAssertEqual(ClashFixture.evaluate(rule, try snapshot([hcp], congresses)), [])
        let likesVisits = try NeedleFixture.hcp(3, preference: .mixed, access: .restricted)
        let visits = try [-60, -30, -5].map { try touchpoint(likesVisits, day: $0, .sales, .faceToFace) }
        XCTAssertEqual(ClashFixture.evaluate(rule, try snapshot([likesVisits], visits)), [])
    }

    func testSeverityGrowsWithCountSpreadAndContradiction() throws {
        let hcp = try NeedleFixture.hcp(4, preference: .digital, access: .restricted)
        var touchpoints = try burst(hcp, count: 7, endDay: -1, spacing: 1, functions: TouchpointFunction.allCases)
        touchpoints += try burst(hcp, count: 5, endDay: -0.5, spacing: 1, functions: [.sales], channel: .faceToFace)
        let clash = try XCTUnwrap(ClashFixture.evaluate(rule, try snapshot([hcp], touchpoints)).first)
        XCTAssertEqual(clash.explanation.map(\.points), [20, 24, 24, 25])  // 12 in window: (12 − 6) × 4; 5 functions; 5 visits × 5
        XCTAssertEqual(clash.severity, 93)
        XCTAssertEqual(clash.level, .critical)
        XCTAssertTrue(clash.fieldPosition.contains("12 touchpoints from 5 functions"), clash.fieldPosition)
        XCTAssertTrue(clash.fieldPosition.contains("; 5 in-person contacts"), clash.fieldPosition)
        // Evidence is bounded: the HCP, 8 window samples, and contradicting samples not already listed.
        XCTAssertLessThanOrEqual(clash.evidence.count, 1 + 2 * settings.sampleSize)
        XCTAssertEqual(Set(clash.evidence).count, clash.evidence.count)
    }

    func testDensestWindowAndSamplesFollowTheContract() throws {
        let hcp = try NeedleFixture.hcp(5)
        // Two windows of 3: the later one has more functions and wins.
        var touchpoints = try burst(hcp, count: 3, endDay: -60, functions: [.msl])
        touchpoints += try burst(hcp, count: 3, endDay: -10, functions: [.msl, .sales, .marketing])
        touchpoints.append(try touchpoint(hcp, day: 2, .sales))  // after now: ignored
        let activity = try XCTUnwrap(TouchpointActivity.compute(
            touchpoints: touchpoints, hcps: [hcp], now: ClashFixture.now, settings: settings).first)
        XCTAssertEqual(activity.windowCount, 3)
        XCTAssertEqual(activity.functionCount, 3)
        XCTAssertEqual(activity.windowStart, ClashFixture.day(-12))
        XCTAssertEqual(activity.windowEnd, ClashFixture.day(-10))
        XCTAssertEqual(activity.sampleTouchpointIDs, [touchpoints[5].id, touchpoints[4].id, touchpoints[3].id])
        XCTAssertEqual(activity.contradictingCount, 0)

        var small = settings
        small.sampleSize = 2
        let bounded = try XCTUnwrap(TouchpointActivity.compute(
            touchpoints: touchpoints, hcps: [hcp], now: ClashFixture.now, settings: small).first)
        XCTAssertEqual(bounded.sampleTouchpointIDs, [touchpoints[5].id, touchpoints[4].id])
        // Equal windows: the earlier one wins.
        let tie = try burst(hcp, count: 2, endDay: -50, functions: [.msl, .sales]) + burst(hcp, count: 2, endDay: -20, functions: [.msl, .sales])
        let tied = try XCTUnwrap(TouchpointActivity.compute(touchpoints: tie, hcps: [hcp], now: ClashFixture.now, settings: settings).first)
        XCTAssertEqual(tied.windowStart, ClashFixture.day(-51))
    }

    func testLoggedTouchpointOnlyReevaluatesItsHCPAndMatchesAFullRecompute() throws {
        let engine = ClashEngine()
        let hcps = try (0..<6).map { try NeedleFixture.hcp($0, preference: $0 % 2 == 0 ? .digital : .faceToFace) }
        var touchpoints: [Touchpoint] = []
        var snapshot = try snapshot(hcps, touchpoints)
        var current = engine.evaluateAll(snapshot, config: .defaults)
        for change in [DataChange.insightLogged(regionID: "region:east", theme: "unmet-need"), .planChanged("plan:east-2027-h1"),
                       .decisionChanged(UUID()), .triageChanged(clashID: "x")] {
            XCTAssertTrue(rule.scope(of: change, in: snapshot).isEmpty, "\(change)")
        }
        XCTAssertEqual(rule.scope(of: .touchpointLogged(hcpID: "hcp:t3"), in: snapshot), .subjects(["hcp:t3"]))
        var rng = SeededGenerator(seed: 8)
        var mostNoisyHCPs = 0
        for step in 0..<300 {
            let hcp = hcps.randomElement(using: &rng)!
            let day = -Double(Int.random(in: 0...100, using: &rng)) - 0.5
            let function = TouchpointFunction.allCases.randomElement(using: &rng)!
            let channel: InteractionChannel = Bool.random(using: &rng) ? .faceToFace : .email
            touchpoints.append(try touchpoint(hcp, day: day, function, channel))
            // What the store does: refresh the one HCP's row.
            snapshot.touchpointActivity.removeAll { $0.hcpID == hcp.id }
            let mine = touchpoints.filter { $0.hcpID == hcp.id && $0.date > ClashFixture.day(-90) && $0.date <= ClashFixture.now }
            if let row = TouchpointActivity.activity(of: hcp, touchpoints: mine, settings: settings) {
                snapshot.touchpointActivity.append(row)
            }
            current = engine.update(previous: current, snapshot: snapshot, config: .defaults, change: .touchpointLogged(hcpID: hcp.id))
            let full = engine.evaluateAll(snapshot, config: .defaults)
            XCTAssertEqual(current, full, "step \(step)")
            XCTAssertEqual(
                Set(snapshot.touchpointActivity),
                Set(TouchpointActivity.compute(touchpoints: touchpoints, hcps: hcps, now: ClashFixture.now, settings: settings)))
            mostNoisyHCPs = max(mostNoisyHCPs, full.filter { $0.kind == .touchpointNoise }.count)
            if current != full { break }
        }
        XCTAssertGreaterThanOrEqual(mostNoisyHCPs, 3, "the random edits should make several HCPs noisy")
    }

    func testHelpTextQuotesTheConfiguredNumbers() {
        var config = ClashConfig.defaults
        config.touchpointNoise.minTouchpoints = 8
        config.touchpointNoise.windowDays = 10
        let text = rule.helpText(config: config)
        XCTAssertTrue(text.contains("8 or more touchpoints from 2 or more functions within 10 days"), text)
        XCTAssertTrue(text.contains("3 or more in-person contacts in the last 90 days"), text)
    }
}
