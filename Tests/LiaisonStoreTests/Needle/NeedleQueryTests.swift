import Foundation
import LiaisonCore
import XCTest
@testable import LiaisonStore

/// The needle inputs, filtered channel profiles, product audiences, segment counts and the
/// touchpoint function filter, checked against the pure computations on the demo dataset.
final class NeedleQueryTests: XCTestCase {
    func testNeedleInputsHoldTheSnapshotsProfilesAndThePlansUnderReview() throws {
        let store = try DemoStore.store()
        let settings = try DemoStore.settings()
        let inputs = try store.needleInputs()
        let snapshot = try store.clashSnapshot(now: DemoStore.now, settings: settings)
        XCTAssertEqual(inputs.profiles, snapshot.channelProfiles)
        XCTAssertEqual(inputs.products, snapshot.products)
        XCTAssertEqual(inputs.plans[.national]?.id, snapshot.nationalPlan?.id)
        XCTAssertEqual(inputs.plans[.region("region:east")]?.id, snapshot.plan(for: "region:east")?.id)
    }

    func testFilteredProfilesEqualThePureProfilesOfThoseHCPs() throws {
        let store = try DemoStore.store()
        let hcps = try DemoStore.dataset().hcps
        let specialties = ["Pulmonology", "General practice"]
        let filtered = try store.channelProfiles(regionID: "region:east", specialties: specialties)
        let expected = HCPChannelProfile.profiles(
            from: hcps.filter { $0.regionID == "region:east" && specialties.contains($0.specialty) })
        XCTAssertFalse(filtered.isEmpty)
        XCTAssertEqual(filtered, expected)
        XCTAssertEqual(try store.channelProfiles(regionID: nil), HCPChannelProfile.profiles(from: hcps))
        XCTAssertEqual(try store.channelProfiles(regionID: "region:nowhere"), [])
    }

    func testProductAudienceCountsOnlyItsSpecialtiesInTheRegion() throws {
        let store = try DemoStore.store()
        let config = try DemoStore.settings().needle
        let respiflo = try XCTUnwrap(try store.product(id: "product:respiflo"))
        let audience = try store.audience(of: respiflo, regionID: "region:east", config: config)
        let specialties = try XCTUnwrap(config.specialties(for: respiflo))
        let expected = try DemoStore.dataset().hcps.filter { $0.regionID == "region:east" && specialties.contains($0.specialty) }
        XCTAssertEqual(audience.size, expected.count)
        XCTAssertEqual(audience.count(of: .digitalOnly), expected.filter { HCPSegment.of($0) == .digitalOnly }.count)
        let national = try store.audience(of: respiflo, regionID: nil, config: config)
        XCTAssertGreaterThan(national.size, audience.size)
    }

    func testEastRespifloPlanIsFarAboveItsNeedle() throws {
        let store = try DemoStore.store()
        let config = try DemoStore.settings().needle
        let rows = try store.needleInputs().rows(config: config, productID: "product:respiflo", place: .region("region:east"))
        let row = try XCTUnwrap(rows.first)
        XCTAssertEqual(rows.count, 1)
        XCTAssertEqual(row.planShare, 75)
        XCTAssertEqual(row.planID, "plan:east-2027-h1")
        XCTAssertGreaterThanOrEqual(try XCTUnwrap(row.gap), 25, "needle \(row.reading.needle)")
        let direct = try ChannelNeedle.compute(
            product: try XCTUnwrap(try store.product(id: "product:respiflo")), regionID: "region:east",
            profiles: try store.hcpChannelProfiles(), config: config)
        XCTAssertEqual(row.reading, direct)
    }

    func testRowsCoverEveryProductNationallyAndPerRegion() throws {
        let store = try DemoStore.store()
        let inputs = try store.needleInputs()
        let rows = try inputs.rows(config: try DemoStore.settings().needle)
        XCTAssertEqual(rows.count, inputs.products.count * (inputs.regions.count + 1))
        XCTAssertEqual(rows.first?.regionID, nil)
        XCTAssertEqual(rows.first?.placeName, "National")
    }

    func testAllZeroWeightsAreAnErrorNamingTheWeights() throws {
        let store = try DemoStore.store()
        var config = try DemoStore.settings().needle
        config.weights = NeedleWeights(complexity: 0, lifecycle: 0, access: 0, preference: 0, vision: 0)
        XCTAssertThrowsError(try store.needleInputs().rows(config: config)) { error in
            XCTAssertEqual((error as? ValidationError)?.field, "needle.weights")
        }
    }

    func testSegmentCountsAddUpPerPlaceAndAudience() throws {
        let store = try DemoStore.store()
        let config = try DemoStore.settings().needle
        let hcps = try DemoStore.dataset().hcps
        let counts = try store.segmentCounts(config: config)
        let products = try store.products()
        let regions = try store.regions()
        XCTAssertEqual(counts.count, (regions.count + 1) * (products.count + 1))
        let national = try XCTUnwrap(counts.first { $0.regionID == nil && $0.productID == nil })
        XCTAssertEqual(national.total, hcps.count)
        for segment in HCPSegment.allCases {
            XCTAssertEqual(national[segment], hcps.filter { HCPSegment.of($0) == segment }.count, segment.rawValue)
        }
        let north = try XCTUnwrap(counts.first { $0.regionID == "region:north" && $0.productID == nil })
        XCTAssertEqual(north.total, hcps.filter { $0.regionID == "region:north" }.count)
        let oncology = try XCTUnwrap(counts.first { $0.regionID == "region:north" && $0.productID == "product:oncavia" })
        XCTAssertLessThan(oncology.total, north.total)
        XCTAssertEqual(Set(oncology.counts.keys), Set(HCPSegment.allCases.map(\.rawValue)))
    }

    func testTouchpointsFilterByFunction() throws {
        let store = try DemoStore.store()
        let all = try DemoStore.dataset().touchpoints
        let page = try store.touchpoints(function: .sales, limit: 5_000)
        XCTAssertEqual(page.items.count, all.filter { $0.function == .sales }.count)
        XCTAssertTrue(page.items.allSatisfy { $0.function == .sales })
        let hcp = try XCTUnwrap(all.first { $0.function == .msl }?.hcpID)
        let msl = try store.touchpoints(hcpID: hcp, function: .msl, limit: 5_000).items
        XCTAssertEqual(msl.count, all.filter { $0.hcpID == hcp && $0.function == .msl }.count)
    }
}
