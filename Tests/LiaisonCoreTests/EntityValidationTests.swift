import Foundation
import LiaisonCore
import XCTest

final class EntityValidationTests: XCTestCase {
    private let now = Date(timeIntervalSince1970: 1_790_000_000)

    private func assertRejects<T>(
        _ field: String, file: StaticString = #filePath, line: UInt = #line, _ make: () throws -> T
    ) {
        XCTAssertThrowsError(try make(), file: file, line: line) { error in
            XCTAssertEqual((error as? ValidationError)?.field, field, "\(error)", file: file, line: line)
        }
    }

    private func insight(sentiment: Int = 0, text: String = "Asked about renal dosing.", loggedAfter: TimeInterval = 600) throws -> Insight {
        try Insight(
            authorID: "person:msl-1", regionID: "region:north", theme: "unmet-need",
            interactionAt: now, loggedAt: now.addingTimeInterval(loggedAfter),
            whatWasSaid: text, sentiment: sentiment)
    }

    func testInsightAcceptsSentimentAtBothEnds() throws {
        XCTAssertEqual(try insight(sentiment: -2).sentiment, -2)
        XCTAssertEqual(try insight(sentiment: 2).sentiment, 2)
    }

    func testInsightRejectsSentimentOutOfRange() {
        assertRejects("sentiment") { try insight(sentiment: 3) }
        assertRejects("sentiment") { try insight(sentiment: -3) }
    }

    func testInsightRejectsEmptyTextAndLogBeforeInteraction() {
        assertRejects("whatWasSaid") { try insight(text: "   ") }
        assertRejects("loggedAt") { try insight(loggedAfter: -3600) }
    }

    func testActionedInsightNeedsALink() throws {
        let reviewed = try insight().moved(to: .reviewed)
        XCTAssertThrowsError(try reviewed.moved(to: .actioned))
        let link = InsightLink(target: .objective, reference: "plan:national-2027-h1#obj:early-dx")
        XCTAssertEqual(try reviewed.moved(to: .actioned, link: link).status, .actioned)
    }

    func testMalformedIdsAreRejected() {
        assertRejects("id") { try Region(id: "north", name: "North", territory: "", rmdID: "person:a") }
        assertRejects("id") { try Region(id: "region:", name: "North", territory: "", rmdID: "person:a") }
        assertRejects("rmdID") { try Region(id: "region:north", name: "North", territory: "", rmdID: "a b") }
    }

    func testFieldRolesNeedARegionButOfficeRolesDoNot() throws {
        assertRejects("regionID") { try Person(id: "person:msl", name: "M", role: .msl, regionID: nil) }
        XCTAssertEqual(try Person(id: "person:md", name: "D", role: .medicalDirector, regionID: nil).perspective, .office)
        XCTAssertEqual(try Person(id: "person:r", name: "R", role: .rmd, regionID: "region:north").perspective, .hybrid)
    }

    func testRangesOnProductInstitutionAndChannelShare() {
        assertRejects("complexity") {
            try Product(id: "product:x", name: "X", therapeuticArea: "Onc", lifecycleStage: .launch, complexity: 6)
        }
        assertRejects("influenceTier") {
            try Institution(id: "inst:a", name: "A", city: "B", regionID: "region:north", kind: .clinic, influenceTier: 0, studyExperience: 0)
        }
        assertRejects("studyExperience") {
            try Institution(id: "inst:a", name: "A", city: "B", regionID: "region:north", kind: .clinic, influenceTier: 1, studyExperience: -1)
        }
        assertRejects("faceToFaceShare") { try ChannelShare(productID: "product:x", faceToFaceShare: 101) }
    }

    func testPlanRejectsSharedRanksUnknownObjectiveAndBadPeriod() throws {
        let first = try Objective(code: "obj:a", title: "A", rank: 1, productID: nil, theme: nil, kpiTarget: "")
        let second = try Objective(code: "obj:b", title: "B", rank: 1, productID: nil, theme: nil, kpiTarget: "")
        assertRejects("objectives") {
            try Plan(id: "plan:n", period: "2027-H1", scope: .national, status: .draft, objectives: [first, second])
        }
        assertRejects("period") {
            try Plan(id: "plan:n", period: "spring", scope: .national, status: .draft, objectives: [first])
        }
        let orphan = try Tactic(code: "tac:x", title: "X", kind: .congress, format: .local, status: .planned, objectiveCode: "obj:zz")
        assertRejects("objectiveCode") {
            try Plan(id: "plan:n", period: "2027-H1", scope: .national, status: .draft, objectives: [first], tactics: [orphan])
        }
    }

    func testDecidedDecisionNeedsRationaleModeAndDecider() throws {
        let cases = (Case(argument: "Keep local doctors."), Case(argument: "Pick reference centres."))
        func decision(status: DecisionStatus, mode: ResolutionMode?, by: PersonID?, rationale: String) throws -> Decision {
            try Decision(
                title: "Study entry", topic: .studyEntry, scope: .national, fieldCase: cases.0, officeCase: cases.1,
                resolution: mode, decidedBy: by, outcome: "Two sites each", rationale: rationale, status: status,
                createdBy: "person:md", createdAt: now)
        }
        assertRejects("rationale") { try decision(status: .decided, mode: .compromise, by: "person:md", rationale: " ") }
        assertRejects("resolution") { try decision(status: .decided, mode: nil, by: "person:md", rationale: "why") }
        assertRejects("decidedBy") { try decision(status: .decided, mode: .consensus, by: nil, rationale: "why") }
        XCTAssertEqual(try decision(status: .decided, mode: .compromise, by: "person:md", rationale: "why").status, .decided)
    }

    func testCompromiseNeedsBothCasesAndDeferralNeedsReviewDate() {
        assertRejects("officeCase") {
            try Decision(
                title: "Format", topic: .educationalFormat, scope: .national,
                fieldCase: Case(argument: "Local works."), officeCase: Case(argument: ""),
                resolution: .compromise, createdBy: "person:md", createdAt: now)
        }
        assertRejects("reviewDate") {
            try Decision(
                title: "Format", topic: .educationalFormat, scope: .national,
                fieldCase: Case(argument: "a"), officeCase: Case(argument: "b"),
                resolution: .deferred, createdBy: "person:md", createdAt: now)
        }
    }

    func testDecisionOverdueOnlyAfterReviewDateUnlessRevisited() throws {
        var decision = try Decision(
            title: "Voice", topic: .nationalVoice, scope: .national, fieldCase: Case(argument: "a"),
            officeCase: Case(argument: "b"), reviewDate: now, createdBy: "person:md", createdAt: now)
        XCTAssertFalse(decision.isOverdue(at: now.addingTimeInterval(-1)))
        XCTAssertTrue(decision.isOverdue(at: now.addingTimeInterval(1)))
        decision.status = .revisit
        XCTAssertFalse(decision.isOverdue(at: now.addingTimeInterval(1)))
    }
}
