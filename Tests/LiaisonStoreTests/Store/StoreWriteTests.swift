import Foundation
import GRDB
import LiaisonCore
import XCTest
@testable import LiaisonStore

final class StoreWriteTests: XCTestCase {
    private func newInsight(_ number: Int, said: String = "Doctors ask about dosing in elderly patients") throws -> Insight {
        try Insight(
            id: StoreFixture.id(number), authorID: "person:mia-msl", regionID: "region:north", hcpID: "hcp:h0001",
            theme: "treatment-practice", interactionAt: StoreFixture.now.addingTimeInterval(-3600),
            loggedAt: StoreFixture.now, whatWasSaid: said, status: .submitted)
    }

    func testEveryKindOfWriteAppendsAnAuditRow() throws {
        let store = try StoreFixture.store()
        let start = try store.auditCount()

        try store.logInsight(newInsight(500), by: "person:mia-msl")
        try store.reviewInsight(StoreFixture.id(500), by: "person:anna-rmd")
        var decision = try XCTUnwrap(store.decision(id: StoreFixture.id(103)))
        decision.title = "Channel mix for Veltra in the south"
        try store.saveDecision(decision, by: "person:bernd-rmd")
        try store.insertTouchpoint(
            Touchpoint(id: StoreFixture.id(600), hcpID: "hcp:h0002", date: StoreFixture.now, function: .medicalInformation,
                       channel: .email, topic: "Stability data"), by: "person:tom-msl")
        try store.write(actor: "person:admin") { transaction in try transaction.deleteInsight(StoreFixture.id(8)) }

        let entries = Array(try store.allAuditEntries().suffix(try store.auditCount() - start))
        XCTAssertEqual(entries.map(\.action), [.create, .transition, .update, .create, .delete])
        XCTAssertEqual(entries.map(\.entity), ["insight", "insight", "decision", "touchpoint", "insight"])
        XCTAssertEqual(entries.map(\.actor), ["person:mia-msl", "person:anna-rmd", "person:bernd-rmd", "person:tom-msl", "person:admin"])
        XCTAssertEqual(entries[0].entityID, StoreFixture.id(500).uuidString)
        XCTAssertTrue(entries.allSatisfy { $0.at == StoreFixture.now })
        XCTAssertTrue(entries[1].summary.contains("\"status\":[\"submitted\",\"reviewed\"]"), entries[1].summary)
        XCTAssertTrue(entries[1].summary.contains("\"action\":\"review\""), entries[1].summary)
        XCTAssertTrue(entries[2].summary.contains("\"title\":[\"Channel mix for Veltra\",\"Channel mix for Veltra in the south\"]"))
        XCTAssertTrue(entries[4].summary.contains("Old remark about biopsy capacity"))
    }

    func testImportWritesOneAuditRowPerBulkBatchAndOnePerOtherRecord() throws {
        let store = try StoreFixture.store()
        let entries = try store.allAuditEntries()
        let dataset = try StoreFixture.dataset()
        let imports = entries.filter { $0.action == .import }
        XCTAssertEqual(imports.map(\.entity), ["insight", "touchpoint"])
        XCTAssertTrue(imports[0].summary.contains("\"count\":\(dataset.insights.count)"))
        XCTAssertEqual(entries.filter { $0.entity == "region" }.count, dataset.regions.count)
        XCTAssertEqual(entries.filter { $0.entity == "decision" }.count, dataset.decisions.count)
        XCTAssertEqual(entries.filter { $0.entity == "plan" }.count, dataset.plans.count)
    }

    func testUnchangedUpsertWritesNothing() throws {
        let store = try StoreFixture.store()
        let before = try store.auditCount()
        try store.write(actor: "person:admin") { transaction in
            for region in try StoreFixture.reference().regions { try transaction.upsert(region) }
            for plan in try StoreFixture.plans() { try transaction.upsert(plan) }
        }
        XCTAssertEqual(try store.auditCount(), before)
    }

    func testRejectedWritesLeaveNoRowAndNoAuditEntry() throws {
        let store = try StoreFixture.store()
        let auditBefore = try store.auditCount()
        let countBefore = try store.countInsights(matching: InsightQuery())

        var badSentiment = try newInsight(510)
        badSentiment.sentiment = 5
        XCTAssertThrowsError(try store.logInsight(badSentiment, by: "person:mia-msl")) { error in
            XCTAssertEqual((error as? ValidationError)?.field, "sentiment")
        }
        var unknownHCP = try newInsight(511)
        unknownHCP.hcpID = "hcp:h9999"
        XCTAssertThrowsError(try store.logInsight(unknownHCP, by: "person:mia-msl")) { error in
            XCTAssertEqual(error as? ValidationError, ValidationError(entity: "insight", field: "hcpID", reason: "unknown HCP 'hcp:h9999'"))
        }
        var unknownTheme = try newInsight(512)
        unknownTheme.theme = "gossip"
        XCTAssertThrowsError(try store.logInsight(unknownTheme, by: "person:mia-msl"))
        XCTAssertThrowsError(try store.write(actor: "person:admin") { transaction in
            try transaction.upsert(try HCP(
                id: "hcp:h0100", name: "Dr. Nobody", specialty: "Oncology", institutionID: "inst:uh-north",
                regionID: "region:west", tier: .local, channelPreference: .mixed, faceToFaceAccess: .open, contactConsent: true))
        }) { error in
            XCTAssertEqual((error as? ValidationError)?.field, "regionID")
        }
        XCTAssertThrowsError(try store.write(actor: "person:admin") { transaction in
            try transaction.upsert(try newInsight(513))
            try transaction.upsert(try Region(id: "region:west", name: "West", territory: "", rmdID: "person:ghost"))
        }) { error in
            XCTAssertEqual((error as? ValidationError)?.field, "rmdID")
        }

        XCTAssertEqual(try store.auditCount(), auditBefore)
        XCTAssertEqual(try store.countInsights(matching: InsightQuery()), countBefore)
        XCTAssertNil(try store.insight(id: StoreFixture.id(513)))
        XCTAssertNil(try store.region(id: "region:west"))
    }

    func testRegionAndItsRMDCanBeCreatedInOneTransaction() throws {
        let store = try StoreFixture.emptyStore()
        try store.write(actor: "person:admin") { transaction in
            try transaction.upsert(try Region(id: "region:east", name: "East", territory: "Berlin", rmdID: "person:eva-rmd"))
            try transaction.upsert(try Person(id: "person:eva-rmd", name: "Eva Ost", role: .rmd, regionID: "region:east"))
        }
        XCTAssertEqual(try store.region(id: "region:east")?.rmdID, "person:eva-rmd")
    }

    func testBulkInsertNamesTheBadElementAndKeepsNothing() throws {
        let store = try StoreFixture.store()
        let count = try store.countInsights(matching: InsightQuery())
        var bad = try newInsight(522)
        bad.regionID = "region:nowhere"
        let batch = [try newInsight(520), try newInsight(521), bad]
        XCTAssertThrowsError(try store.write(actor: "person:admin") { transaction in
            try transaction.insertInsights(batch)
        }) { error in
            let batchError = error as? BatchRowError
            XCTAssertEqual(batchError?.index, 2)
            XCTAssertEqual(batchError?.error.field, "regionID")
        }
        XCTAssertEqual(try store.countInsights(matching: InsightQuery()), count)
    }

    func testBulkInsertAcceptsParentsLaterInTheBatchButNotMissingOnes() throws {
        let store = try StoreFixture.store()
        var child = try newInsight(530)
        child.parentID = StoreFixture.id(531)
        let parent = try newInsight(531)
        let inserted = try store.write(actor: "person:admin") { transaction in
            try transaction.insertInsights([child, parent])
        }
        XCTAssertEqual(inserted, 2)
        XCTAssertEqual(try store.insight(id: StoreFixture.id(530))?.parentID, StoreFixture.id(531))

        var orphan = try newInsight(532)
        orphan.parentID = StoreFixture.id(999)
        XCTAssertThrowsError(try store.write(actor: "person:admin") { transaction in
            try transaction.insertInsights([orphan])
        }) { error in
            XCTAssertEqual((error as? BatchRowError)?.error.field, "parentID")
        }
    }

    func testStanceHistoryIsKept() throws {
        let store = try StoreFixture.store()
        let later = Stance(personID: "person:anna-rmd", position: .support, note: "Convinced by the pilot",
                           recordedAt: StoreFixture.now)
        let decision = try store.addStance(later, to: StoreFixture.id(101), by: "person:anna-rmd")
        XCTAssertEqual(decision.stances.count, 3)
        XCTAssertEqual(try store.decision(id: StoreFixture.id(101))?.stance(of: "person:anna-rmd")?.position, .support)
        XCTAssertEqual(try store.decision(id: StoreFixture.id(101))?.stances.first?.position, .oppose)

        var rewritten = decision
        rewritten.stances.removeFirst()
        XCTAssertThrowsError(try store.saveDecision(rewritten, by: "person:clara-md")) { error in
            XCTAssertEqual((error as? ValidationError)?.field, "stances")
        }
    }

    func testDecidedDecisionWithoutRationaleIsRejected() throws {
        let store = try StoreFixture.store()
        var decision = try XCTUnwrap(store.decision(id: StoreFixture.id(103)))
        decision.status = .decided
        decision.resolution = .executiveRuling
        decision.decidedBy = "person:clara-md"
        decision.outcome = "Digital first"
        XCTAssertThrowsError(try store.saveDecision(decision, by: "person:clara-md")) { error in
            XCTAssertEqual((error as? ValidationError)?.field, "rationale")
        }
        XCTAssertEqual(try store.decision(id: StoreFixture.id(103))?.status, .open)
    }

    func testComplianceFindingsBlockLogging() throws {
        let checker = ComplianceChecker(restricted: [RestrictedTerm(term: "best in class", category: "promotional", reason: "claims")])
        let store = try StoreFixture.store(compliance: checker)
        XCTAssertThrowsError(try store.logInsight(newInsight(540, said: "He says Lumora is best in class"), by: "person:mia-msl")) { error in
            let validation = error as? ValidationError
            XCTAssertEqual(validation?.field, "text")
            XCTAssertTrue(validation?.reason.contains("best in class") ?? false)
        }
        XCTAssertThrowsError(try store.logInsight(newInsight(541, said: "Call me at jane@example.com"), by: "person:mia-msl"))
        XCTAssertNil(try store.insight(id: StoreFixture.id(540)))
    }

    func testLoggingChecksAuthorStatusAndDuplicates() throws {
        let store = try StoreFixture.store()
        XCTAssertThrowsError(try store.logInsight(newInsight(550), by: "person:tom-msl"))
        var reviewed = try newInsight(551)
        reviewed.status = .reviewed
        XCTAssertThrowsError(try store.logInsight(reviewed, by: "person:mia-msl"))
        try store.logInsight(newInsight(552), by: "person:mia-msl")
        XCTAssertThrowsError(try store.logInsight(newInsight(552), by: "person:mia-msl"))
    }
}
