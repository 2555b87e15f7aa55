import Foundation
import LiaisonCore
import LiaisonResources
import XCTest
@testable import LiaisonStore

/// The bundled demo dataset in an in-memory store, with the bundled settings, at the demo's
/// "today" (2026-11-20T16:00:00Z).
enum DemoStore {
    static let now = Date(timeIntervalSince1970: 1_795_190_400)

    static func dataset() throws -> Dataset {
        try JSONCoding.decoder().decode(Dataset.self, from: BundledResource.demoDataset.data())
    }

    static func settings(environment: [String: String] = [:]) throws -> ClashSettings {
        try ClashSettings.load(
            bundledConfig: BundledResource.config.data(), roles: BundledResource.roles.data(), environment: environment)
    }

    static func themes() throws -> [Theme] {
        try Taxonomy.decode(BundledResource.taxonomy.data()).themes
    }

    /// A store holding the demo dataset whose clock reads `clock()`.
    static func store(clock: @escaping @Sendable () -> Date = { DemoStore.now }) throws -> LiaisonStore {
        let store = try LiaisonStore.inMemory(taxonomy: Taxonomy.decode(BundledResource.taxonomy.data()), clock: clock)
        try store.importDataset(dataset(), actor: "person:claudia-engel")
        return store
    }

    /// The pure-Swift reference snapshot of `dataset` with `triage`.
    static func reference(_ dataset: Dataset, now: Date, settings: ClashSettings, triage: [ClashTriage] = []) throws -> ClashSnapshot {
        ClashSnapshot(
            dataset: dataset.canonicallyOrdered(), now: now, roles: settings.roles, themes: try themes(),
            config: settings.clashes, needle: settings.needle, triage: triage)
    }
}

/// Field-by-field comparison of two snapshots, so a failure names the field.
func assertSnapshotsEqual(
    _ actual: ClashSnapshot, _ expected: ClashSnapshot, file: StaticString = #filePath, line: UInt = #line
) {
    XCTAssertEqual(actual.now, expected.now, "now", file: file, line: line)
    XCTAssertEqual(actual.regions, expected.regions, "regions", file: file, line: line)
    XCTAssertEqual(actual.people, expected.people, "people", file: file, line: line)
    XCTAssertEqual(actual.institutions, expected.institutions, "institutions", file: file, line: line)
    XCTAssertEqual(actual.plans, expected.plans, "plans", file: file, line: line)
    XCTAssertEqual(actual.decisions, expected.decisions, "decisions", file: file, line: line)
    XCTAssertEqual(actual.roles, expected.roles, "roles", file: file, line: line)
    XCTAssertEqual(actual.themes, expected.themes, "themes", file: file, line: line)
    XCTAssertEqual(actual.themeActivity, expected.themeActivity, "themeActivity", file: file, line: line)
    XCTAssertEqual(actual.triage, expected.triage, "triage", file: file, line: line)
    XCTAssertEqual(actual.products, expected.products, "products", file: file, line: line)
    XCTAssertEqual(actual.channelProfiles, expected.channelProfiles, "channelProfiles", file: file, line: line)
    XCTAssertEqual(actual.touchpointActivity, expected.touchpointActivity, "touchpointActivity", file: file, line: line)
    XCTAssertEqual(actual.needle, expected.needle, "needle", file: file, line: line)
}

/// A small deterministic generator (SplitMix64) for randomised tests.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
