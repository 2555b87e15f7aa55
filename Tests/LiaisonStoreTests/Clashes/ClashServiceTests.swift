import Foundation
import LiaisonCore
import XCTest
@testable import LiaisonStore

/// The clash service: triage kept across recomputes, resolution by data, and the incremental
/// path against a full recompute.
final class ClashServiceTests: XCTestCase {
    func testTriageHistoryIsKeptAndSurvivesARecompute() throws {
        let store = try DemoStore.store()
        let service = try ClashService(store: store, settings: DemoStore.settings(), now: DemoStore.now)
        let clash = try XCTUnwrap(service.clashes().first)
        try service.triage(ClashTriage(clashID: clash.id, state: .acknowledged, by: "person:claudia-engel", at: DemoStore.now), by: "person:claudia-engel")
        try service.triage(
            ClashTriage(clashID: clash.id, state: .dismissed, reason: "Known and accepted", by: "person:claudia-engel",
                        at: DemoStore.now.addingTimeInterval(60)), by: "person:claudia-engel")
        try service.recomputeAll()
        let reopened = try ClashService(store: store, settings: DemoStore.settings(), now: DemoStore.now)
        XCTAssertEqual(try store.triageRecords(clashID: clash.id).map(\.state), [.acknowledged, .dismissed])
        XCTAssertEqual(reopened.status(of: clash.id)?.disposition, .dismissed)
        XCTAssertEqual(reopened.status(of: clash.id)?.triage?.reason, "Known and accepted")
        XCTAssertEqual(service.status(of: clash.id), reopened.status(of: clash.id))
        let audit = try store.auditLog(entity: "clashTriage", entityID: clash.id).items
        XCTAssertEqual(audit.count, 2)
    }

    func testDismissingWithoutAReasonIsRefusedAndNothingIsStored() throws {
        let store = try DemoStore.store()
        let service = try ClashService(store: store, settings: DemoStore.settings(), now: DemoStore.now)
        let clash = try XCTUnwrap(service.clashes().first)
        XCTAssertThrowsError(try service.triage(
            ClashTriage(clashID: clash.id, state: .dismissed, by: "person:claudia-engel", at: DemoStore.now),
            by: "person:claudia-engel")) { error in
            XCTAssertTrue("\(error)".contains("dismissing a clash needs a reason"), "\(error)")
        }
        XCTAssertThrowsError(try store.triage(
            ClashTriage(clashID: clash.id, state: .acknowledged, by: "person:nobody", at: DemoStore.now), by: "person:nobody"))
        XCTAssertEqual(try store.triageRecords(), [])
    }

    func testAClashWhoseCauseGoesIsResolvedByData() throws {
        let store = try DemoStore.store()
        let service = try ClashService(store: store, settings: DemoStore.settings(), now: DemoStore.now)
        let id = "channelMix:region:east/product:respiflo"
        XCTAssertNotNil(service.clash(id: id))
        try service.triage(ClashTriage(clashID: id, state: .acknowledged, by: "person:claudia-engel", at: DemoStore.now), by: "person:claudia-engel")
        XCTAssertEqual(service.status(of: id)?.disposition, .acknowledged)
        var plan = try XCTUnwrap(try store.plan(id: "plan:east-2027-h1"))
        let reading = try ChannelNeedle.compute(
            product: XCTUnwrap(try store.product(id: "product:respiflo")), regionID: "region:east",
            profiles: service.currentSnapshot.channelProfiles, config: service.settings.needle)
        let index = try XCTUnwrap(plan.channelMix.firstIndex { $0.productID == "product:respiflo" })
        plan.channelMix[index] = try ChannelShare(productID: "product:respiflo", faceToFaceShare: Int(reading.needle.rounded()))
        try service.savePlan(plan, by: "person:claudia-engel")
        XCTAssertNil(service.clash(id: id))
        XCTAssertEqual(service.status(of: id)?.disposition, .resolvedByData)
        XCTAssertEqual(service.clashes(), try ClashService(store: store, settings: service.settings, now: DemoStore.now).clashes())
    }

    func testIncrementalUpdatesEqualAFullRecomputeOverRandomWrites() throws {
        let store = try DemoStore.store()
        let settings = try DemoStore.settings()
        let service = try ClashService(store: store, settings: settings, now: DemoStore.now)
        var editor = try RandomStoreEditor(store: store, service: service, seed: 0x5EED_2026)
        for step in 0..<36 {
            let description = try editor.step()
            let full = try ClashService(store: store, settings: settings, now: DemoStore.now)
            XCTAssertEqual(service.clashes(), full.clashes(), "step \(step): \(description)")
            XCTAssertEqual(service.current(), full.current(), "step \(step): \(description)")
            if service.clashes() != full.clashes() { break }
        }
        XCTAssertGreaterThan(editor.applied.count, 5, "the editor did real work: \(editor.applied)")
        let final = try store.clashSnapshot(now: DemoStore.now, settings: settings)
        assertSnapshotsEqual(service.currentSnapshot, final)
    }

    func testAdvancingTheClockEqualsAFullRecomputeAtTheNewTime() throws {
        let store = try DemoStore.store()
        let settings = try DemoStore.settings()
        let service = try ClashService(store: store, settings: settings, now: DemoStore.now)
        let later = DemoStore.now.addingTimeInterval(45 * 86_400)
        try service.advanceClock(to: later)
        XCTAssertEqual(service.clashes(), try ClashService(store: store, settings: settings, now: later).clashes())
    }

    func testUserConfigOverridesTheBundledOneAndBadFilesNameThePath() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-config-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("liaison/config.json")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(#"{"clashes": {"levels": {"critical": 95}}}"#.utf8).write(to: file)
        let settings = try DemoStore.settings(environment: ["XDG_CONFIG_HOME": folder.path])
        XCTAssertEqual(settings.clashes.levels.critical, 95)
        XCTAssertEqual(settings.clashes.levels.high, try DemoStore.settings().clashes.levels.high)
        XCTAssertEqual(ClashSettings.userConfigPath(environment: ["HOME": "/home/a"]), "/home/a/.config/liaison/config.json")
        try Data(#"{"clashes": {"levels": {"critical": "high"}}}"#.utf8).write(to: file)
        XCTAssertThrowsError(try DemoStore.settings(environment: ["XDG_CONFIG_HOME": folder.path])) { error in
            XCTAssertTrue("\(error)".contains(file.path), "\(error)")
            XCTAssertTrue("\(error)".contains("clashes.levels.critical"), "\(error)")
        }
    }
}
