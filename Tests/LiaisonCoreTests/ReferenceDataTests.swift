import Foundation
import LiaisonCore
import LiaisonResources
import XCTest

final class ReferenceDataTests: XCTestCase {
    private func taxonomy() throws -> Taxonomy { try Taxonomy.decode(try BundledResource.taxonomy.data()) }

    func testBundledRolesMakeTheMedicalDirectorAccountableForEveryTopic() throws {
        let roles = try RoleDefinitions.decode(try BundledResource.roles.data())
        for topic in DecisionTopic.allCases {
            XCTAssertTrue(roles.isAccountable(.medicalDirector, for: topic), "\(topic)")
        }
        XCTAssertFalse(roles.isAccountable(.rmd, for: .studyEntry))
        XCTAssertEqual(roles.raci(for: .studyEntry).responsible, [.rmd])
    }

    func testRolesWithoutAccountableOrWithUnknownTopicAreRejected() {
        let missing = #"{"educationalFormat": {"responsible": [], "accountable": [], "consulted": [], "informed": []}}"#
        XCTAssertThrowsError(try RoleDefinitions.decode(Data(missing.utf8)))
        let unknown = #"{"lunch": {"responsible": [], "accountable": ["rmd"], "consulted": [], "informed": []}}"#
        XCTAssertThrowsError(try RoleDefinitions.decode(Data(unknown.utf8))) {
            XCTAssertEqual(($0 as? ValidationError)?.field, "lunch")
        }
    }

    func testRoleDefinitionsRoundTripAsAnObjectKeyedByTopic() throws {
        let roles = try RoleDefinitions.decode(try BundledResource.roles.data())
        let json = String(decoding: try JSONCoding.encoder().encode(roles), as: UTF8.self)
        XCTAssertTrue(json.contains("\"studyEntry\""), json)
        XCTAssertEqual(try JSONCoding.decoder().decode(RoleDefinitions.self, from: Data(json.utf8)), roles)
    }

    func testUnknownThemeIsRejectedWithTheValidCodes() throws {
        XCTAssertThrowsError(try taxonomy().check("gossip")) { error in
            let error = error as? ValidationError
            XCTAssertEqual(error?.field, "theme")
            XCTAssertTrue(error?.reason.contains("unmet-need") ?? false)
        }
    }

    func testCatalogRejectsHCPInUnknownRegionAndNamesTheRecord() throws {
        let region = try Region(id: "region:north", name: "North", territory: "", rmdID: "person:rmd")
        let rmd = try Person(id: "person:rmd", name: "R", role: .rmd, regionID: "region:north")
        let site = try Institution(
            id: "inst:a", name: "A", city: "Kiel", regionID: "region:north", kind: .clinic, influenceTier: 2, studyExperience: 1)
        let stray = try HCP(
            id: "hcp:h1", name: "Dr. A", specialty: "Oncology", institutionID: "inst:a", regionID: "region:atlantis",
            tier: .local, channelPreference: .mixed, faceToFaceAccess: .open, contactConsent: true)
        let dataset = Dataset(regions: [region], people: [rmd], institutions: [site], hcps: [stray])
        let catalog = ReferenceCatalog(dataset: dataset, taxonomy: try taxonomy())
        XCTAssertThrowsError(try catalog.validate(dataset)) { error in
            let error = error as? DatasetError
            XCTAssertEqual(error?.location, "hcps[0] (hcp:h1)")
            XCTAssertEqual(error?.error.field, "regionID")
        }
    }

    func testDatasetRejectsAnotherSchemaVersion() {
        XCTAssertThrowsError(try JSONCoding.decoder().decode(Dataset.self, from: Data(#"{"schemaVersion": 2}"#.utf8)))
        XCTAssertNoThrow(try JSONCoding.decoder().decode(Dataset.self, from: Data(#"{"schemaVersion": 1}"#.utf8)))
    }

    func testEntitiesHaveAStableJSONForm() throws {
        let scope = try JSONCoding.encoder(pretty: false).encode([PlanScope.national, .region("region:north")])
        XCTAssertEqual(String(decoding: scope, as: UTF8.self), #"["national","region:north"]"#)
        let product = try Product(id: "product:x", name: "X", therapeuticArea: "Onc", lifecycleStage: .lossOfExclusivity, complexity: 2)
        XCTAssertEqual(
            String(decoding: try JSONCoding.encoder(pretty: false).encode(product), as: UTF8.self),
            #"{"complexity":2,"id":"product:x","lifecycleStage":"lossOfExclusivity","name":"X","therapeuticArea":"Onc"}"#)
    }
}
