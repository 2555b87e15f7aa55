import Foundation
import LiaisonCore
import XCTest

final class HCPSegmentTests: XCTestCase {
    func testEverySegmentRule() {
        XCTAssertEqual(HCPSegment.of(tier: .national, preference: .faceToFace, access: .open), .faceToFaceOpenKOL)
        XCTAssertEqual(HCPSegment.of(tier: .regional, preference: .mixed, access: .open), .faceToFaceOpenKOL)
        XCTAssertEqual(HCPSegment.of(tier: .local, preference: .faceToFace, access: .open), .faceToFaceOpen)
        XCTAssertEqual(HCPSegment.of(tier: .local, preference: .mixed, access: .open), .faceToFaceOpen)
        XCTAssertEqual(HCPSegment.of(tier: .national, preference: .faceToFace, access: .restricted), .restrictedAccess)
        XCTAssertEqual(HCPSegment.of(tier: .local, preference: .remote, access: .restricted), .restrictedAccess)
        XCTAssertEqual(HCPSegment.of(tier: .national, preference: .remote, access: .open), .remotePreferring)
        XCTAssertEqual(HCPSegment.of(tier: .national, preference: .digital, access: .open), .digitalOnly)
        XCTAssertEqual(HCPSegment.of(tier: .local, preference: .faceToFace, access: .none), .digitalOnly)
        XCTAssertEqual(HCPSegment.of(tier: .regional, preference: .digital, access: .restricted), .digitalOnly)
        XCTAssertEqual(HCPSegment.faceToFaceOpenKOL.label, "F2F-open KOLs")
        XCTAssertEqual(HCPSegment.digitalOnly.label, "digital-only")
    }

    func testEveryAttributeCombinationHasExactlyOneSegment() {
        var counts: [HCPSegment: Int] = [:]
        for tier in OpinionLeaderTier.allCases {
            for preference in ChannelPreference.allCases {
                for access in FaceToFaceAccess.allCases {
                    counts[HCPSegment.of(tier: tier, preference: preference, access: access), default: 0] += 1
                }
            }
        }
        XCTAssertEqual(counts.values.reduce(0, +), 3 * 4 * 3)
        XCTAssertEqual(Set(counts.keys), Set(HCPSegment.allCases))
        XCTAssertEqual(counts[.digitalOnly], 3 * (3 + 3))  // per tier: digital with any of 3 accesses, or no access with any other preference
    }

    func testProfilesCountPerRegionSpecialtyAndSegment() throws {
        var hcps = try NeedleFixture.hcps(2, from: 0, region: "region:east", tier: .national, preference: .faceToFace)
        hcps += try NeedleFixture.hcps(3, from: 2, region: "region:east", preference: .remote, access: .restricted)
        hcps += try NeedleFixture.hcps(1, from: 5, region: "region:east", specialty: "Cardiology", preference: .digital)
        hcps += try NeedleFixture.hcps(4, from: 6, region: "region:west", preference: .mixed)
        let profiles = HCPChannelProfile.profiles(from: hcps)
        XCTAssertEqual(profiles.map(\.total).reduce(0, +), 10)
        XCTAssertEqual(profiles.count, 4)
        let restricted = try XCTUnwrap(profiles.first { $0.segment == .restrictedAccess })
        XCTAssertEqual(restricted.preferringRemote, 3)
        XCTAssertEqual(restricted.accessRestricted, 3)
        XCTAssertEqual(restricted.specialty, "Pulmonology")

        let east = HCPAudience(profiles: profiles, regionID: "region:east")
        XCTAssertEqual(east.size, 6)
        XCTAssertEqual(east.count(of: .faceToFaceOpenKOL), 2)
        XCTAssertEqual(east.count(of: .restrictedAccess), 3)
        XCTAssertEqual(east.count(of: .digitalOnly), 1)
        XCTAssertEqual(east.segmentSummary, "6 HCPs: 2 F2F-open KOLs, 0 F2F-open, 3 restricted-access, 0 remote-preferring, 1 digital-only")
        XCTAssertEqual(HCPAudience(profiles: profiles, regionID: "region:east", specialties: ["Pulmonology"]).size, 5)
        XCTAssertEqual(HCPAudience(profiles: profiles).count(of: .faceToFaceOpen), 4)
    }

    func testProductAudienceFollowsTheSpecialtyMapping() throws {
        var hcps = try NeedleFixture.hcps(3, from: 0, specialty: "Pulmonology")
        hcps += try NeedleFixture.hcps(2, from: 3, specialty: "Cardiology")
        hcps += try NeedleFixture.hcps(1, from: 5, specialty: "General practice")
        let profiles = HCPChannelProfile.profiles(from: hcps)
        let respiflo = try NeedleFixture.product(area: "Respiratory (COPD)")
        let cardelin = try NeedleFixture.product(id: "product:cardelin", area: "Cardiometabolic (HFrEF)")
        let unmapped = try NeedleFixture.product(id: "product:derma", area: "Dermatology")
        XCTAssertEqual(HCPAudience.of(product: respiflo, regionID: "region:east", profiles: profiles, config: .defaults).size, 4)
        XCTAssertEqual(HCPAudience.of(product: cardelin, regionID: "region:east", profiles: profiles, config: .defaults).size, 3)
        let all = HCPAudience.of(product: unmapped, regionID: "region:east", profiles: profiles, config: .defaults)
        XCTAssertEqual(all.size, 6)
        XCTAssertNil(all.specialties)
        XCTAssertEqual(HCPAudience.of(product: respiflo, regionID: "region:west", profiles: profiles, config: .defaults).size, 0)
        let reading = try ChannelNeedle.compute(product: unmapped, audience: all, config: .defaults)
        XCTAssertTrue(reading.explanation[0].contains("no specialties configured for Dermatology"), reading.explanation[0])
    }

    func testAreaMatchingIgnoresCaseAndPrefersTheLongestKey() throws {
        var config = NeedleConfig.defaults
        config.audienceSpecialties["Respiratory (COPD)"] = ["Pulmonology"]
        XCTAssertEqual(config.specialties(for: try NeedleFixture.product(area: "Respiratory (COPD)")), ["Pulmonology"])
        XCTAssertEqual(config.specialties(for: try NeedleFixture.product(area: "respiratory (asthma)")),
                       NeedleConfig.defaults.audienceSpecialties["Respiratory"])
        XCTAssertNil(config.specialties(for: try NeedleFixture.product(area: "Respiratoryish")))
    }

    func testProfileRejectsInconsistentCounts() {
        XCTAssertThrowsError(try HCPChannelProfile(
            regionID: "region:east", specialty: "Cardiology", segment: .faceToFaceOpen, preferringFaceToFace: 3, accessOpen: 2)) {
            XCTAssertEqual(($0 as? ValidationError)?.field, "accessOpen")
        }
        XCTAssertThrowsError(try HCPChannelProfile(
            regionID: "region:east", specialty: "Cardiology", segment: .faceToFaceOpen, preferringFaceToFace: -1, accessOpen: -1)) {
            XCTAssertEqual(($0 as? ValidationError)?.field, "preferringFaceToFace")
        }
    }
}
