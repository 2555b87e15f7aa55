import Foundation
import LiaisonCore
import LiaisonResources
import XCTest

/// The bundled demo dataset acts out seed 000 and carries the field/office tensions the clash
/// rules are meant to find.
final class DemoDatasetTests: XCTestCase {
    /// The demo's fixed "today", 2026-11-20T16:00:00Z.
    static let anchor = Date(timeIntervalSince1970: 1_795_190_400)
    static let day: TimeInterval = 86_400

    static let loaded: Result<(Data, Dataset), any Error> = Result {
        let data = try BundledResource.demoDataset.data()
        return (data, try JSONCoding.decoder().decode(Dataset.self, from: data))
    }

    func demo() throws -> Dataset { try Self.loaded.get().1 }

    func person(_ id: PersonID, in dataset: Dataset) throws -> Person {
        try XCTUnwrap(dataset.people.first { $0.id == id }, "unknown person \(id)")
    }

    func rmds(_ dataset: Dataset) -> Set<PersonID> {
        Set(dataset.regions.map(\.rmdID))
    }

    // MARK: - File

    func testValidatesAgainstTheReferenceCatalog() throws {
        let dataset = try demo()
        let taxonomy = try Taxonomy.decode(try BundledResource.taxonomy.data())
        XCTAssertNoThrow(try ReferenceCatalog(dataset: dataset, taxonomy: taxonomy).validate(dataset))
    }

    func testReencodingReproducesTheFileBytes() throws {
        let (data, dataset) = try Self.loaded.get()
        let reencoded = try JSONCoding.encoder().encode(dataset.canonicallyOrdered())
        XCTAssertEqual(reencoded, data)
        XCTAssertLessThan(data.count, 5_000_000, "the demo should stay a few MB")
    }

    // MARK: - Reference data

    func testTeamHasFourRegionsLedByFormerMSLs() throws {
        let dataset = try demo()
        XCTAssertEqual(dataset.regions.count, 4)
        for region in dataset.regions {
            let rmd = try person(region.rmdID, in: dataset)
            XCTAssertEqual(rmd.role, .rmd, region.id)
            XCTAssertEqual(rmd.formerRole, .msl, region.id)
            XCTAssertEqual(rmd.regionID, region.id)
            XCTAssertEqual(dataset.people.filter { $0.role == .msl && $0.regionID == region.id }.count, 3, region.id)
        }
        for role in [PersonRole.medicalDirector, .office, .global, .teamLead] {
            XCTAssertEqual(dataset.people.filter { $0.role == role }.count, 1, role.rawValue)
        }
    }

    func testProductsDifferInLifecycleAndComplexity() throws {
        let products = try demo().products
        XCTAssertEqual(products.count, 3)
        XCTAssertEqual(Set(products.map(\.lifecycleStage)).count, 3)
        XCTAssertEqual(Set(products.map(\.complexity)).count, 3)
        XCTAssertTrue(products.allSatisfy { !$0.therapeuticArea.isEmpty })
    }

    func testInstitutionsAndHCPsDifferByRegion() throws {
        let dataset = try demo()
        XCTAssertTrue((55...65).contains(dataset.institutions.count), "\(dataset.institutions.count) institutions")
        XCTAssertTrue((380...420).contains(dataset.hcps.count), "\(dataset.hcps.count) HCPs")
        XCTAssertEqual(Set(dataset.institutions.map(\.influenceTier)), [1, 2, 3])
        for region in dataset.regions {
            let universities = dataset.institutions.filter { $0.regionID == region.id && $0.kind == .universityHospital }
            XCTAssertGreaterThanOrEqual(universities.count, 3, region.id)
        }
        XCTAssertEqual(Set(dataset.hcps.map(\.channelPreference)).count, ChannelPreference.allCases.count)
        let faceToFaceShares = dataset.regions.map { faceToFacePreference(in: $0.id, dataset) }
        XCTAssertGreaterThan(faceToFaceShares.max()! - faceToFaceShares.min()!, 25, "one region should be mostly remote")
    }

    func testPlansShareObjectiveCodesWithTheNationalPlan() throws {
        let dataset = try demo()
        let national = try nationalPlan(dataset)
        XCTAssertEqual(national.period, "2027-H1")
        XCTAssertFalse(national.listeningPriorities.isEmpty)
        let regional = dataset.plans.filter { $0.scope != .national }
        XCTAssertEqual(Set(regional.compactMap(\.scope.regionID)), Set(dataset.regions.map(\.id)))
        let nationalCodes = Set(national.objectives.map(\.code))
        for plan in regional {
            XCTAssertEqual(plan.period, "2027-H1")
            XCTAssertGreaterThanOrEqual(Set(plan.objectives.map(\.code)).intersection(nationalCodes).count, 6, plan.id)
            XCTAssertEqual(Set(plan.channelMix.map(\.productID)), Set(dataset.products.map(\.id)), plan.id)
        }
        XCTAssertEqual(Set(dataset.plans.flatMap(\.tactics).map(\.kind)), Set(TacticKind.allCases))
    }

    // MARK: - Insights

    func testInsightsCoverEveryThemeOverTwelveMonths() throws {
        let dataset = try demo()
        let insights = dataset.insights
        XCTAssertGreaterThanOrEqual(insights.count, 1_500)
        let taxonomy = try Taxonomy.decode(try BundledResource.taxonomy.data())
        for theme in taxonomy.themes {
            XCTAssertGreaterThanOrEqual(insights.filter { $0.theme == theme.code }.count, 30, theme.code)
        }
        let ages = insights.map { Self.anchor.timeIntervalSince($0.interactionAt) / Self.day }
        XCTAssertGreaterThan(ages.max()!, 330)
        XCTAssertLessThanOrEqual(ages.max()!, 366)
        XCTAssertTrue(insights.allSatisfy { $0.loggedAt <= Self.anchor })
        let months = Set(ages.map { Int($0 / 30.5) })
        XCTAssertEqual(months.count, 12, "insights in every month")
    }

    func testAuthorsWriteInTheirOwnRegionAboutTheirRegionsHCPs() throws {
        let dataset = try demo()
        let people = Dictionary(uniqueKeysWithValues: dataset.people.map { ($0.id, $0) })
        let hcps = Dictionary(uniqueKeysWithValues: dataset.hcps.map { ($0.id, $0) })
        var withHCP = 0
        for insight in dataset.insights {
            let author = try XCTUnwrap(people[insight.authorID])
            XCTAssertTrue([.msl, .rmd].contains(author.role), insight.authorID)
            XCTAssertEqual(author.regionID, insight.regionID)
            if let hcpID = insight.hcpID {
                let hcp = try XCTUnwrap(hcps[hcpID])
                XCTAssertEqual(hcp.regionID, insight.regionID)
                XCTAssertEqual(hcp.institutionID, insight.institutionID)
                withHCP += 1
            }
        }
        XCTAssertGreaterThan(Double(withHCP), 0.8 * Double(dataset.insights.count))
        XCTAssertGreaterThan(dataset.insights.filter { $0.productID != nil && $0.listeningPriority != nil }.count, 800)
    }

    func testInsightLifecycleIsSpreadAndLinksResolve() throws {
        let dataset = try demo()
        let insights = dataset.insights
        XCTAssertEqual(Set(insights.map(\.status)), Set(InsightStatus.allCases))
        XCTAssertGreaterThan(insights.filter { $0.status == .submitted || $0.status == .reviewed }.count, insights.count / 2)
        for msl in dataset.people where msl.role == .msl {
            XCTAssertTrue(insights.contains { $0.authorID == msl.id && $0.status == .draft }, "\(msl.id) has a draft")
        }
        let decisions = Set(dataset.decisions.map(\.id.uuidString))
        let objectives = Set(dataset.plans.flatMap { plan in plan.objectives.map { plan.id + "#" + $0.code } })
        for insight in insights where insight.status == .actioned {
            let link = try XCTUnwrap(insight.link)
            switch link.target {
            case .objective: XCTAssertTrue(objectives.contains(link.reference), link.reference)
            case .decision: XCTAssertTrue(decisions.contains(link.reference), link.reference)
            case .tactic: XCTFail("no tactic links expected")
            }
        }
        XCTAssertTrue(insights.contains { $0.link?.target == .decision })
        let byID = Dictionary(uniqueKeysWithValues: insights.map { ($0.id, $0) })
        let children = insights.filter { $0.parentID != nil }
        XCTAssertGreaterThan(children.count, 20)
        for child in children {
            let parent = try XCTUnwrap(byID[child.parentID!])
            XCTAssertEqual(parent.theme, child.theme)
            XCTAssertLessThanOrEqual(parent.interactionAt, child.interactionAt)
        }
        XCTAssertGreaterThan(insights.filter { !$0.endorsedBy.isEmpty }.count, 100)
        XCTAssertTrue(insights.allSatisfy { !$0.endorsedBy.contains($0.authorID) })
    }

    func testInsightTextsAreVariedAndPassCompliance() throws {
        let insights = try demo().insights
        let checker = try ComplianceChecker.decode(try BundledResource.restrictedWords.data())
        for insight in insights {
            XCTAssertEqual(checker.findings(in: insight.text), [], insight.text)
        }
        XCTAssertGreaterThan(Double(Set(insights.map(\.whatWasSaid)).count), 0.95 * Double(insights.count))
        XCTAssertTrue(insights.allSatisfy { !$0.whyItMatters.isEmpty })
    }

    // MARK: - Decisions

    func testDecisionsCoverEveryStatusAndMode() throws {
        let dataset = try demo()
        let decisions = dataset.decisions
        let rmds = rmds(dataset)
        XCTAssertGreaterThanOrEqual(decisions.count, 12)
        XCTAssertEqual(Set(decisions.map(\.status)), Set(DecisionStatus.allCases))
        XCTAssertEqual(Set(decisions.compactMap(\.resolution)), Set(ResolutionMode.allCases))
        for decision in decisions {
            XCTAssertFalse(decision.fieldCase.isEmpty || decision.officeCase.isEmpty, decision.title)
            XCTAssertFalse(decision.fieldCase.evidence.isEmpty || decision.officeCase.evidence.isEmpty, decision.title)
            XCTAssertTrue(decision.stances.contains { rmds.contains($0.personID) && !$0.note.isEmpty }, decision.title)
            XCTAssertTrue(decision.stances.allSatisfy { $0.recordedAt >= decision.createdAt }, decision.title)
            if decision.status == .decided {
                XCTAssertNotNil(decision.reviewDate, decision.title)
                XCTAssertNotNil(decision.decidedAt, decision.title)
            }
        }
    }

    func testTheThreeFlashPointsOfSeed000() throws {
        let dataset = try demo()
        XCTAssertTrue(dataset.decisions.contains { $0.topic == .educationalFormat && $0.scope == .national && $0.status == .decided })
        XCTAssertTrue(dataset.decisions.contains { $0.topic == .nationalVoice })
        let universityHospitals = Set(dataset.institutions.filter { $0.kind == .universityHospital }.map(\.id))
        XCTAssertTrue(dataset.decisions.contains { decision in
            decision.topic == .studyEntry
                && (decision.fieldCase.evidence + decision.officeCase.evidence)
                    .contains { $0.kind == .institution && universityHospitals.contains($0.id) }
        })
    }

    func testRMDsSplitTwoToTwoOnANationalVoiceDecision() throws {
        let dataset = try demo()
        let rmds = rmds(dataset)
        let split = dataset.decisions.filter { decision in
            let positions = rmds.compactMap { decision.stance(of: $0)?.position }
            return decision.topic == .nationalVoice && positions.count == 4
                && positions.filter { $0 == .support }.count == 2 && positions.filter { $0 == .oppose }.count == 2
        }
        XCTAssertEqual(split.count, 1)
    }

    func testPastMeetingsHaveAgendaAndAnOverdueAction() throws {
        let meetings = try demo().meetings
        XCTAssertFalse(meetings.isEmpty)
        XCTAssertTrue(meetings.allSatisfy { $0.date < Self.anchor && !$0.agenda.isEmpty && !$0.actions.isEmpty })
        let actions = meetings.flatMap(\.actions)
        XCTAssertEqual(actions.filter { $0.status == .open && $0.due < Self.anchor }.count, 1)
        XCTAssertTrue(actions.contains { $0.status == .open && $0.due > Self.anchor })
    }

    // MARK: - Helpers

    func nationalPlan(_ dataset: Dataset) throws -> Plan {
        try XCTUnwrap(dataset.plans.first { $0.scope == .national })
    }

    /// Percent of a region's HCPs who prefer face-to-face contact (mixed counts half).
    func faceToFacePreference(in region: RegionID, _ dataset: Dataset) -> Double {
        let hcps = dataset.hcps.filter { $0.regionID == region }
        let score = hcps.reduce(0.0) { total, hcp in
            total + (hcp.channelPreference == .faceToFace ? 1 : hcp.channelPreference == .mixed ? 0.5 : 0)
        }
        return 100 * score / Double(hcps.count)
    }
}
