import Foundation
import LiaisonCore
import XCTest
@testable import LiaisonStore

/// The clash service's memory savings change no result: the kept statuses follow every
/// change, and the compact clash list and pooled values equal what they replace.
final class ClashServiceCompactionTests: XCTestCase {
    private let actor = "person:claudia-engel"

    func testStatusesAfterATriageWriteEqualAFreshServices() throws {
        let store = try DemoStore.store()
        let settings = try DemoStore.settings()
        let service = try ClashService(store: store, settings: settings, now: DemoStore.now)
        let clash = try XCTUnwrap(service.clashes().first)
        XCTAssertEqual(service.status(of: clash.id)?.disposition, .open)
        let before = service.current()

        try service.triage(ClashTriage(clashID: clash.id, state: .acknowledged, by: actor, at: DemoStore.now), by: actor)

        let fresh = try ClashService(store: store, settings: settings, now: DemoStore.now)
        XCTAssertEqual(service.status(of: clash.id)?.disposition, .acknowledged)
        XCTAssertEqual(service.status(of: clash.id), fresh.status(of: clash.id))
        XCTAssertEqual(service.current(), fresh.current())
        XCTAssertNotEqual(service.current(), before)
    }

    func testADirectStoreWriteShowsOnceTheServiceIsTold() throws {
        let store = try DemoStore.store()
        let settings = try DemoStore.settings()
        let service = try ClashService(store: store, settings: settings, now: DemoStore.now)
        let clash = try XCTUnwrap(service.clashes().last)
        XCTAssertEqual(service.status(of: clash.id)?.disposition, .open)

        try store.triage(
            ClashTriage(clashID: clash.id, state: .dismissed, reason: "Known", by: actor, at: DemoStore.now), by: actor)
        try service.triageChanged(clashID: clash.id)

        let fresh = try ClashService(store: store, settings: settings, now: DemoStore.now)
        XCTAssertEqual(service.status(of: clash.id)?.disposition, .dismissed)
        XCTAssertEqual(service.current(), fresh.current())
    }

    func testStatusesFollowTheClockAndAFullRecompute() throws {
        let store = try DemoStore.store()
        let settings = try DemoStore.settings()
        let service = try ClashService(store: store, settings: settings, now: DemoStore.now)
        _ = service.current()
        let later = DemoStore.now.addingTimeInterval(45 * 86_400)

        try service.advanceClock(to: later)
        XCTAssertEqual(service.current(), try ClashService(store: store, settings: settings, now: later).current())

        let clash = try XCTUnwrap(service.clashes().first)
        try store.triage(ClashTriage(clashID: clash.id, state: .acknowledged, by: actor, at: later), by: actor)
        try service.recomputeAll()
        XCTAssertEqual(service.status(of: clash.id)?.disposition, .acknowledged)
        XCTAssertEqual(service.current(), try ClashService(store: store, settings: settings, now: later).current())
    }

    func testTheCompactClashListEqualsTheRulesOutput() throws {
        let store = try DemoStore.store()
        let settings = try DemoStore.settings()
        let snapshot = try store.clashSnapshot(now: DemoStore.now, settings: settings)
        let clashes = ClashEngine().evaluateAll(snapshot, config: settings.clashes)
        XCTAssertFalse(clashes.isEmpty)
        XCTAssertEqual(CompactClashList.compacted(clashes), clashes)
    }

    func testPooledValuesAreEqualAndShareStorage() {
        var pool = SharedValues<String>()
        let first = pool.shared(String(repeating: "long enough to live on the heap ", count: 2))
        let second = pool.shared(String(repeating: "long enough to live on the heap ", count: 2))
        XCTAssertEqual(first, second)
        XCTAssertEqual(address(first), address(second))
        XCTAssertNotEqual(pool.shared("another value that is long enough"), first)
        XCTAssertNil(pool.shared(nil as String?))
    }

    func testExactCopiesKeepTheElements() {
        var grown: [Int] = []
        for value in 0..<33 { grown.append(value) }
        let copy = ExactArray.copy(grown)
        XCTAssertEqual(copy, grown)
        XCTAssertLessThan(copy.capacity, grown.capacity)
        XCTAssertEqual(ExactArray.copy([Int]()), [])
    }

    private func address(_ text: String) -> UnsafeRawPointer? {
        var text = text
        return text.withUTF8 { UnsafeRawPointer($0.baseAddress) }
    }
}
