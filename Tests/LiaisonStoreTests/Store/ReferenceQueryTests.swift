import Foundation
import LiaisonCore
import XCTest
@testable import LiaisonStore

final class ReferenceQueryTests: XCTestCase {
    private var store: LiaisonStore!

    override func setUpWithError() throws {
        store = try StoreFixture.store()
    }

    func testRegionsPeopleProductsInstitutions() throws {
        XCTAssertEqual(try store.regions().map(\.id), ["region:north", "region:south"])
        XCTAssertEqual(try store.region(id: "region:north")?.rmdID, "person:anna-rmd")
        XCTAssertEqual(try store.people(role: .msl).map(\.name), ["Kenji Sato", "Mia Braun", "Tom Berg"])
        XCTAssertEqual(try store.people(role: .msl, regionID: "region:north").map(\.id), ["person:mia-msl", "person:tom-msl"])
        XCTAssertEqual(try store.people(regionID: "region:south").map(\.id), ["person:bernd-rmd", "person:kenji-msl"])
        XCTAssertEqual(try store.person(id: "person:anna-rmd")?.formerRole, .msl)
        XCTAssertEqual(try store.products().map(\.id), ["product:lumora", "product:veltra"])
        XCTAssertEqual(try store.product(id: "product:veltra")?.lifecycleStage, .mature)
        XCTAssertEqual(try store.institutions(regionID: "region:north").map(\.name), ["Praxis am Markt", "University Hospital North"])
        XCTAssertEqual(try store.institutions().count, 3)
        XCTAssertEqual(try store.institution(id: "inst:uh-north")?.studyExperience, 12)
    }

    func testHCPSearchByNameSpecialtyInstitutionAndCityWithPaging() throws {
        func names(_ text: String?, region: String? = nil) throws -> [String] {
            try store.hcps(matching: HCPQuery(text: text, regionID: region), limit: 50).items.map(\.name)
        }
        XCTAssertEqual(try names("oncology"), ["Dr. Lena Vogt", "Dr. Yuki Tanaka"])
        XCTAssertEqual(try names("HAMBURG"), ["Dr. Jonas Weber", "Dr. Lena Vogt"])
        XCTAssertEqual(try names("markt"), ["Dr. Eva Lang"])
        XCTAssertEqual(try names("tanaka"), ["Dr. Yuki Tanaka"])
        XCTAssertEqual(try names("%"), [])
        XCTAssertEqual(try names("_"), [])
        XCTAssertEqual(try names(nil, region: "region:south"), ["Dr. Yuki Tanaka"])
        XCTAssertEqual(try store.hcps(matching: HCPQuery(tier: .regional)).items.map(\.id), ["hcp:h0002", "hcp:h0004"])

        var seen: [String] = []
        var cursor: PageCursor?
        repeat {
            let page = try store.hcps(matching: HCPQuery(), after: cursor, limit: 1)
            seen += page.items.map(\.name)
            cursor = page.next
        } while cursor != nil
        XCTAssertEqual(seen, ["Dr. Eva Lang", "Dr. Jonas Weber", "Dr. Lena Vogt", "Dr. Yuki Tanaka"])
        XCTAssertEqual(try store.hcp(id: "hcp:h0003")?.faceToFaceAccess, FaceToFaceAccess.none)
    }

    func testPlansWithAllTheirParts() throws {
        let fixture = try StoreFixture.plans()
        XCTAssertEqual(try store.plans().map(\.id), ["plan:national-2027-h1", "plan:north-2027-h1"])
        XCTAssertEqual(try store.plans(scope: .region("region:north")), [fixture[0]])
        XCTAssertEqual(try store.plans(scope: .national, period: "2027-H1"), [fixture[1]])
        XCTAssertEqual(try store.plans(period: "2026-H2"), [])
        XCTAssertEqual(try store.nationalPlan(), fixture[1])
        XCTAssertNil(try store.nationalPlan(period: "2026-H2"))
        XCTAssertEqual(try store.plan(id: "plan:north-2027-h1")?.objectives.map(\.code), ["obj:access", "obj:early-diagnosis"])
    }

    func testPlanUpdateReplacesPartsAndDeleteRemovesThem() throws {
        var plan = try XCTUnwrap(store.plan(id: "plan:north-2027-h1"))
        plan.tactics = []
        plan.objectives.removeLast()
        try store.write(actor: "person:anna-rmd") { transaction in try transaction.upsert(plan) }
        XCTAssertEqual(try store.plan(id: plan.id), plan)
        try store.write(actor: "person:anna-rmd") { transaction in try transaction.deletePlan(plan.id) }
        XCTAssertNil(try store.plan(id: plan.id))
        let leftovers = try store.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM plan_objectives WHERE plan_id = ?", arguments: [plan.id])
        }
        XCTAssertEqual(leftovers, 0)
        XCTAssertThrowsError(try store.write(actor: "person:anna-rmd") { transaction in try transaction.deletePlan(plan.id) })
    }

    func testDecisionsByStatusAndScopeNewestFirst() throws {
        let open = try store.decisions(status: .open, limit: 1)
        XCTAssertEqual(open.items.map(\.id), [StoreFixture.id(103)])
        let rest = try store.decisions(status: .open, after: open.next, limit: 1)
        XCTAssertEqual(rest.items.map(\.id), [StoreFixture.id(101)])
        XCTAssertNil(rest.next)
        XCTAssertEqual(try store.decisions().items.map(\.id), [StoreFixture.id(103), StoreFixture.id(101), StoreFixture.id(102)])
        XCTAssertEqual(try store.decisions(scope: .region("region:north")).items.map(\.status), [.decided])
        XCTAssertEqual(try store.decision(id: StoreFixture.id(101))?.stances.count, 2)
    }

    func testTouchpointsByHCPAndDate() throws {
        XCTAssertEqual(try store.touchpoints(hcpID: "hcp:h0001").items.map(\.id),
                       [StoreFixture.id(201), StoreFixture.id(202), StoreFixture.id(203)])
        XCTAssertEqual(try store.touchpoints(hcpID: "hcp:h0001", since: StoreFixture.now.addingTimeInterval(-2.5 * StoreFixture.day)).items.count, 2)
        let first = try store.touchpoints(limit: 3)
        XCTAssertEqual(try store.touchpoints(after: first.next, limit: 3).items.map(\.id), [StoreFixture.id(204)])
    }

    func testAuditLogByEntityPagesNewestFirst() throws {
        let all = try store.allAuditEntries()
        XCTAssertEqual(all.map(\.sequence), all.map(\.sequence).sorted())
        let regions = try store.auditLog(entity: "region", limit: 1)
        XCTAssertEqual(regions.items.map(\.entityID), ["region:south"])
        XCTAssertEqual(try store.auditLog(entity: "region", after: regions.next, limit: 5).items.map(\.entityID), ["region:north"])
        XCTAssertEqual(try store.auditLog(entity: "person", entityID: "person:mia-msl").items.map(\.action), [.create])
    }

    func testMeetingsRoundTrip() throws {
        XCTAssertEqual(try store.meetings().items, try StoreFixture.meetings())
        var meeting = try XCTUnwrap(store.meeting(id: StoreFixture.id(301)))
        meeting.notes = "Split vote, revisit in March"
        try store.saveMeeting(meeting, by: "person:clara-md")
        XCTAssertEqual(try store.meeting(id: meeting.id), meeting)
        var orphan = meeting
        orphan.id = StoreFixture.id(310)
        orphan.actions = [try ActionItem(title: "Nobody's job", ownerID: "person:ghost", due: StoreFixture.now)]
        XCTAssertThrowsError(try store.saveMeeting(orphan, by: "person:clara-md"))
    }
}
