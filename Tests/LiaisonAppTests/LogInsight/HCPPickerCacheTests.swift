import Foundation
@testable import LiaisonApp
import LiaisonCore
import LiaisonStore
import XCTest

/// The log form's HCP list is read once per session: the form opened after a preload gets the
/// same HCPs and picker labels as a fresh read, and the session's environment shares one cache.
final class HCPPickerCacheTests: XCTestCase {
    func testAPreloadedDirectoryIsWhatTheFormOpensWith() throws {
        let store = try AppFixture.store()
        let cache = HCPPickerCache()
        cache.preload(store: store)
        let setup = try LogInsightSetup.load(
            store: store, taxonomy: try AppFixture.taxonomy(), personID: AppFixture.mslID, draftInsightID: nil,
            kind: LogInsightState.newInsightKind, now: AppFixture.now, timeZone: .current, hcps: cache)
        let fresh = try store.hcpDirectory()
        XCTAssertFalse(fresh.isEmpty)
        XCTAssertEqual(setup.choices.hcps, fresh)
        XCTAssertEqual(setup.choices.hcpIndex.labels, LogInsightChoices.hcpIndex(fresh).labels)
        XCTAssertEqual(setup.choices.hcpIndex.labels.first, LogInsightChoices.noneLabel)
    }

    func testCopiesOfTheEnvironmentShareTheCache() throws {
        let env = try AppFixture.environment(store: try AppFixture.store())
        let copy = env
        XCTAssertTrue(env.hcpPickers === copy.hcpPickers)
    }
}
