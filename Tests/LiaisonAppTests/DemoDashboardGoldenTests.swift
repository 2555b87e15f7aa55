import LiaisonApp
import LiaisonCore
import LiaisonStore
import TerminalKit
import XCTest

/// The dashboard on the bundled demo dataset, as `liaison --demo` opens it, on the fixed clock.
/// Re-record with `UPDATE_SNAPSHOTS=1` when the demo generator changes the data.
final class DemoDashboardGoldenTests: XCTestCase {
    private func demoDashboard(width: Int, height: Int) throws -> AppDriver {
        let dataset = try AppFixture.demoDataset()
        guard !dataset.regions.isEmpty else { throw XCTSkip("the bundled demo dataset is empty") }
        let store = try LiaisonStore.inMemory(taxonomy: try AppFixture.taxonomy(), compliance: try AppFixture.compliance(), clock: { AppFixture.now })
        try store.importDataset(dataset, actor: "person:fixture")
        let person = try XCTUnwrap(try LiaisonTUI.demoPerson(in: store))
        var driver = AppDriver(env: try AppFixture.environment(store: store, personID: person.id), width: width, height: height)
        try driver.loadDashboard()
        return driver
    }

    func testDemoDashboard80x24() throws {
        let driver = try demoDashboard(width: 80, height: 24)
        XCTAssertNil(GoldenFile.mismatch(driver.render(), named: "demo-dashboard-80x24"))
        for region in try AppFixture.demoDataset().regions {
            XCTAssertTrue(driver.screenText.contains(region.name), region.name)
        }
    }

    func testDemoDashboard160x48() throws {
        let driver = try demoDashboard(width: 160, height: 48)
        XCTAssertNil(GoldenFile.mismatch(driver.render(), named: "demo-dashboard-160x48"))
    }

    func testDemoPersonIsTheFirstNorthMSL() throws {
        let store = try LiaisonStore.inMemory(taxonomy: try AppFixture.taxonomy(), clock: { AppFixture.now })
        try store.importDataset(try AppFixture.demoDataset(), actor: "person:fixture")
        let expected = try store.people(role: .msl, regionID: "region:north").map(\.id).sorted().first
        XCTAssertNotNil(expected)
        XCTAssertEqual(try LiaisonTUI.demoPerson(in: store)?.id, expected)
    }
}
