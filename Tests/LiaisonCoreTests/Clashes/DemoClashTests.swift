import Foundation
import LiaisonCore
import LiaisonResources
import XCTest

/// The bundled demo dataset, run through every clash rule with the bundled config at the
/// demo's "today": each built-in tension shows up as the clash it was made for.
final class DemoClashTests: XCTestCase {
    /// 2026-11-20T16:00:00Z.
    static let now = Date(timeIntervalSince1970: 1_795_190_400)

    static let loaded: Result<(Dataset, ClashSnapshot, ClashConfig), any Error> = Result {
        let dataset = try JSONCoding.decoder().decode(Dataset.self, from: try BundledResource.demoDataset.data())
        let configData = try BundledResource.config.data()
        let config = try ClashConfig.load(bundled: configData)
        let snapshot = ClashSnapshot(
            dataset: dataset, now: now, roles: try RoleDefinitions.decode(try BundledResource.roles.data()),
            themes: try Taxonomy.decode(try BundledResource.taxonomy.data()).themes, config: config,
            needle: try NeedleConfig.load(bundled: configData))
        return (dataset, snapshot, config)
    }

    private func clashes() throws -> [Clash] {
        let (_, snapshot, config) = try Self.loaded.get()
        return ClashEngine().evaluateAll(snapshot, config: config)
    }

    func testEveryClashKindFires() throws {
        let clashes = try clashes()
        let kinds = Set(clashes.map(\.kind))
        XCTAssertEqual(kinds, Set(ClashKind.allCases), "missing: \(Set(ClashKind.allCases).subtracting(kinds))")
    }

    func testStudySiteScenarioIsAnUnsupportedUniversityHospital() throws {
        let (dataset, _, _) = try Self.loaded.get()
        let institutions = Dictionary(uniqueKeysWithValues: dataset.institutions.map { ($0.id, $0) })
        let flagships = try clashes().filter { clash in
            clash.kind == .studySite && clash.subject.kind == .studySite && clash.evidence.contains { ref in
                ref.kind == .institution && institutions[ref.id]?.kind == .universityHospital
            }
        }
        XCTAssertFalse(flagships.isEmpty)
        XCTAssertTrue(flagships.allSatisfy { $0.explanation.contains { $0.label == "university hospital" } })
    }

    func testRespifloFaceToFacePlanInEastIsTheChannelMixClash() throws {
        let channel = try clashes().filter { $0.kind == .channelMix }
        XCTAssertEqual(channel.map(\.id), ["channelMix:region:east/product:respiflo"])
        let clash = try XCTUnwrap(channel.first)
        XCTAssertEqual(clash.evidence, [EvidenceRef(.plan, "plan:east-2027-h1")])
        XCTAssertTrue(clash.fieldPosition.hasPrefix("plan:east-2027-h1 plans 75% face to face for Respiflo"), clash.fieldPosition)
        XCTAssertGreaterThanOrEqual(clash.level, .high)
    }

    func testChannelMixNearMissesStayQuiet() throws {
        // North and South plan Respiflo about 21 points below their needles: close, but under 25.
        let (dataset, snapshot, _) = try Self.loaded.get()
        let respiflo = try XCTUnwrap(dataset.products.first { $0.id == "product:respiflo" })
        for region in ["region:north", "region:south"] {
            let reading = try ChannelNeedle.compute(
                product: respiflo, regionID: region, profiles: snapshot.channelProfiles, config: snapshot.needle)
            let share = try XCTUnwrap(snapshot.plan(for: region)?.channelMix.first { $0.productID == respiflo.id })
            let gap = reading.needle - Double(share.faceToFaceShare)
            XCTAssertTrue((15..<25).contains(gap), "\(region): gap \(gap)")
        }
    }

    func testTheSeededNoisyHCPsAreTouchpointNoiseClashes() throws {
        let noisy = try clashes().filter { $0.kind == .touchpointNoise }
        let ids = Set(noisy.map(\.subject.id))
        for hcp in ["hcp:h0197", "hcp:h0099", "hcp:h0296", "hcp:h0001", "hcp:h0387"] {
            XCTAssertTrue(ids.contains(hcp), "\(hcp) should be noisy: \(ids.sorted())")
        }
        let digitalButVisited = try XCTUnwrap(noisy.first { $0.subject.id == "hcp:h0197" })
        XCTAssertTrue(digitalButVisited.fieldPosition.contains("prefers digital contact"), digitalButVisited.fieldPosition)
        XCTAssertEqual(digitalButVisited.level, .critical)
        XCTAssertTrue(digitalButVisited.evidence.contains { $0.kind == .touchpoint })
        // The seeded bursts outrank the background noise.
        let seeded = noisy.filter { ["hcp:h0197", "hcp:h0099", "hcp:h0296", "hcp:h0001", "hcp:h0387"].contains($0.subject.id) }
        let others = noisy.filter { !seeded.contains($0) }
        XCTAssertGreaterThan(seeded.map(\.severity).min() ?? 0, others.map(\.severity).max() ?? 0)
    }

    func testSnapshotAggregatesMatchTheirContracts() throws {
        let (dataset, snapshot, config) = try Self.loaded.get()
        XCTAssertEqual(snapshot.channelProfiles.map(\.total).reduce(0, +), dataset.hcps.count)
        XCTAssertEqual(snapshot.products.count, dataset.products.count)
        let window = Double(config.unaddressedSignal.windowDays) * 86_400
        let counted = dataset.insights.filter {
            $0.status != .draft && $0.status != .archived && $0.interactionAt > Self.now.addingTimeInterval(-window)
                && $0.interactionAt <= Self.now
        }
        XCTAssertEqual(snapshot.themeActivity.map(\.recentCount).reduce(0, +), counted.count)
        let recentTouchpoints = Set(dataset.touchpoints.filter {
            $0.date > Self.now.addingTimeInterval(-Double(config.touchpointNoise.lookbackDays) * 86_400) && $0.date <= Self.now
        }.map(\.hcpID))
        XCTAssertEqual(Set(snapshot.touchpointActivity.map(\.hcpID)), recentTouchpoints)
    }

    func testNewRulesHonourTheirScopesOnTheDemo() throws {
        let (dataset, snapshot, config) = try Self.loaded.get()
        let changes: [DataChange] = dataset.plans.map { .planChanged($0.id) }
            + ["hcp:h0197", "hcp:h0204", "hcp:h0002"].map { .touchpointLogged(hcpID: $0) }
            + [.clockAdvanced, .referenceDataChanged, .insightLogged(regionID: "region:east", theme: "patient-experience")]
        for rule in [ChannelMixRule(), TouchpointNoiseRule()] as [any ClashRule] {
            let full = rule.evaluate(snapshot, config: config)
            for change in changes {
                let scope = rule.scope(of: change, in: snapshot)
                XCTAssertEqual(
                    Set(rule.evaluate(snapshot, config: config, in: scope)), Set(full.filter(scope.contains)), "\(rule.kind) \(change)")
            }
        }
    }

    func testLoggingATouchpointOnTheDemoUpdatesOneHCP() throws {
        let (dataset, before, config) = try Self.loaded.get()
        let engine = ClashEngine()
        let previous = engine.evaluateAll(before, config: config)
        // h0204 prefers a mix and had a 6-touchpoint burst; a seventh from sales raises it.
        let hcp = try XCTUnwrap(dataset.hcps.first { $0.id == "hcp:h0204" })
        var snapshot = before
        let window = try XCTUnwrap(before.touchpointActivity.first { $0.hcpID == hcp.id })
        let extra = try Touchpoint(
            hcpID: hcp.id, date: window.windowStart.addingTimeInterval(3_600), function: .sales, channel: .faceToFace, topic: "Follow-up")
        let touchpoints = dataset.touchpoints.filter { $0.hcpID == hcp.id && $0.date <= Self.now
            && $0.date > Self.now.addingTimeInterval(-Double(config.touchpointNoise.lookbackDays) * 86_400) } + [extra]
        snapshot.touchpointActivity.removeAll { $0.hcpID == hcp.id }
        snapshot.touchpointActivity.append(try XCTUnwrap(
            TouchpointActivity.activity(of: hcp, touchpoints: touchpoints, settings: config.touchpointNoise)))
        let updated = engine.update(previous: previous, snapshot: snapshot, config: config, change: .touchpointLogged(hcpID: hcp.id))
        XCTAssertEqual(updated, engine.evaluateAll(snapshot, config: config))
        let changed = Set(updated).symmetricDifference(previous).map(\.id)
        XCTAssertEqual(Set(changed), ["touchpointNoise:hcp:h0204"])
        let severities = [previous, updated].map { $0.first { $0.id == "touchpointNoise:hcp:h0204" }?.severity }
        XCTAssertEqual(severities, [32, 36])  // one more touchpoint in the window: + 4
    }
}
