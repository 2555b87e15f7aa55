import Foundation
import LiaisonCore
import XCTest
@testable import LiaisonStore

/// The store's SQL snapshot against the pure-Swift reference builder.
final class ClashSnapshotTests: XCTestCase {
    func testDemoSnapshotEqualsThePureReferenceFieldByField() throws {
        let store = try DemoStore.store()
        let settings = try DemoStore.settings()
        let snapshot = try store.clashSnapshot(now: DemoStore.now, settings: settings)
        let reference = try DemoStore.reference(DemoStore.dataset(), now: DemoStore.now, settings: settings)
        XCTAssertFalse(snapshot.themeActivity.isEmpty)
        XCTAssertFalse(snapshot.touchpointActivity.isEmpty)
        XCTAssertFalse(snapshot.channelProfiles.isEmpty)
        assertSnapshotsEqual(snapshot, reference)
        XCTAssertEqual(
            ClashEngine().evaluateAll(snapshot, config: settings.clashes),
            ClashEngine().evaluateAll(reference, config: settings.clashes))
    }

    func testWindowsAtOddTimesMatchTheReference() throws {
        // Whole-day summaries and partial edge days must add up exactly, wherever `now` falls.
        let store = try DemoStore.store()
        let settings = try DemoStore.settings()
        let dataset = try DemoStore.dataset()
        for offset in [-86_400.0 * 3.5, -3_600.0 * 7 - 0.25, 0.0004, 86_400.0 * 11 + 59.9] {
            let now = DemoStore.now.addingTimeInterval(offset)
            let snapshot = try store.clashSnapshot(now: now, settings: settings)
            let reference = try DemoStore.reference(dataset, now: now, settings: settings)
            XCTAssertEqual(snapshot.themeActivity, reference.themeActivity, "now + \(offset)")
            XCTAssertEqual(snapshot.touchpointActivity, reference.touchpointActivity, "now + \(offset)")
        }
    }

    func testInsightsOnTheWindowEdgesCountLikeTheContract() throws {
        let store = try StoreFixture.store()
        var settings = ClashSettings(roles: try RoleDefinitions.decode(Data(Self.roles.utf8)))
        settings.clashes.unaddressedSignal.windowDays = 7
        let now = StoreFixture.now
        let window = 7 * StoreFixture.day
        let times: [Date] = [
            now, now.addingTimeInterval(0.001), now.addingTimeInterval(-window), now.addingTimeInterval(-window + 0.001),
            now.addingTimeInterval(-2 * window), now.addingTimeInterval(-2 * window + 0.001),
        ]
        var dataset = try StoreFixture.dataset()
        for (index, time) in times.enumerated() {
            let insight = try Insight(
                id: StoreFixture.id(900 + index), authorID: "person:mia-msl", regionID: "region:north", theme: "safety-perception",
                interactionAt: time, loggedAt: time, whatWasSaid: "Edge \(index)", whyItMatters: "Edge case", sentiment: 0,
                channel: .phone, status: .submitted)
            _ = try store.logInsight(insight, by: "person:mia-msl")
            dataset.insights.append(insight)
        }
        let rows = try store.themeActivity(now: now, settings: settings.clashes.unaddressedSignal)
        let expected = ClashSnapshot.themeActivity(insights: dataset.insights, now: now, settings: settings.clashes.unaddressedSignal)
        XCTAssertEqual(rows, expected)
        let edge = try XCTUnwrap(rows.first { $0.theme == "safety-perception" })
        XCTAssertEqual(edge.recentCount, 2, "(now − 7 d, now]: the one at now and the one just after the start")
        XCTAssertEqual(edge.previousCount, 2)
        XCTAssertEqual(edge.sampleInsightIDs.first, StoreFixture.id(900))
    }

    func testTouchpointsSharingADateMatchTheReference() throws {
        let store = try StoreFixture.store()
        var dataset = try StoreFixture.dataset()
        let settings = TouchpointNoiseRule.Settings.defaults
        let day = StoreFixture.now.addingTimeInterval(-4 * StoreFixture.day)
        for (index, function) in [TouchpointFunction.marketing, .sales, .medicalInformation, .msl].enumerated() {
            let touchpoint = try Touchpoint(
                id: StoreFixture.id(950 - index), hcpID: "hcp:h0002", date: day, function: function,
                channel: index == 0 ? .faceToFace : .email, topic: "Burst \(index)")
            try store.insertTouchpoint(touchpoint, by: "person:admin")
            dataset.touchpoints.append(touchpoint)
        }
        let rows = try store.touchpointActivity(now: StoreFixture.now, settings: settings)
        XCTAssertEqual(rows, TouchpointActivity.compute(
            touchpoints: dataset.touchpoints, hcps: dataset.hcps, now: StoreFixture.now, settings: settings))
        let burst = try XCTUnwrap(rows.first { $0.hcpID == "hcp:h0002" })
        XCTAssertEqual(burst.windowCount, 4)
        XCTAssertEqual(burst.contradictingCount, 1, "a visit to an HCP who prefers remote contact")
    }

    func testTouchpointActivityBreaksTiesLikeTheContract() throws {
        // hcp:h0003 prefers digital contact and has no fixture touchpoints: an early window of
        // four MSL emails and a later one of four contacts from three functions, three of
        // them on one day with ids whose text order differs from a little-endian word order.
        let store = try StoreFixture.store()
        let hcp = "hcp:h0003"
        let day = { (days: Double) in StoreFixture.now.addingTimeInterval(days * StoreFixture.day) }
        var inserted: [Touchpoint] = []
        for index in 0..<4 {
            inserted.append(try Touchpoint(
                id: StoreFixture.id(960 + index), hcpID: hcp, date: day(-60 + Double(index)), function: .msl,
                channel: .email, topic: "Early \(index)"))
        }
        let late: [(String, Double, TouchpointFunction, InteractionChannel)] = [
            ("01000000-0000-0000-0000-000000000000", -4, .msl, .faceToFace),
            ("00000000-0000-0002-0000-000000000000", -4, .sales, .email),
            ("00000000-0000-0000-0000-0000000000FF", -4, .marketing, .faceToFace),
            ("FF000000-0000-0000-0000-000000000000", -2, .msl, .faceToFace),
        ]
        for (id, days, function, channel) in late {
            inserted.append(try Touchpoint(
                id: UUID(uuidString: id)!, hcpID: hcp, date: day(days), function: function, channel: channel, topic: "Late"))
        }
        for touchpoint in inserted { try store.insertTouchpoint(touchpoint, by: "person:admin") }
        var settings = TouchpointNoiseRule.Settings.defaults
        settings.sampleSize = 3
        let rows = try store.touchpointActivity(now: StoreFixture.now, settings: settings)
        let row = try XCTUnwrap(rows.first { $0.hcpID == hcp })
        let ids = inserted.map(\.id)
        XCTAssertEqual(row.windowStart, day(-4), "equal counts: the window with more functions wins")
        XCTAssertEqual(row.windowEnd, day(-2))
        XCTAssertEqual(row.windowCounts, [.msl: 2, .sales: 1, .marketing: 1])
        XCTAssertEqual(row.sampleTouchpointIDs, [ids[7], ids[6], ids[5]])
        XCTAssertEqual(row.contradictingCount, 3)
        XCTAssertEqual(row.contradictingSampleIDs, [ids[7], ids[6], ids[4]])
        XCTAssertEqual(row.hcpName, "Dr. Eva Lang")
        XCTAssertEqual(row.faceToFaceAccess, FaceToFaceAccess.none)
        let one = try store.read { db in
            try TouchpointActivityQuery.one(db, hcpID: hcp, now: StoreFixture.now, settings: settings)
        }
        XCTAssertEqual(one, row)
        XCTAssertEqual(rows.map(\.hcpID), ["hcp:h0001", "hcp:h0003", "hcp:h0004"])
    }

    func testChannelProfilesMatchTheReference() throws {
        let store = try StoreFixture.store()
        XCTAssertEqual(try store.hcpChannelProfiles(), HCPChannelProfile.profiles(from: try StoreFixture.dataset().hcps))
    }

    static let roles = """
        {"educationalFormat": {"responsible": [], "accountable": ["medicalDirector"], "consulted": [], "informed": []},
         "nationalVoice": {"responsible": [], "accountable": ["medicalDirector"], "consulted": [], "informed": []},
         "studyEntry": {"responsible": [], "accountable": ["medicalDirector"], "consulted": [], "informed": []},
         "channelMix": {"responsible": [], "accountable": ["medicalDirector"], "consulted": [], "informed": []},
         "resourceAllocation": {"responsible": [], "accountable": ["medicalDirector"], "consulted": [], "informed": []},
         "other": {"responsible": [], "accountable": ["medicalDirector"], "consulted": [], "informed": []}}
        """
}
