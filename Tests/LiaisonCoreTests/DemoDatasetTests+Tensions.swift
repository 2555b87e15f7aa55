import Foundation
import LiaisonCore
import LiaisonResources
import XCTest

/// The field/office tensions built into the demo on purpose, one test per clash kind, so the
/// clash rules have something to find.
extension DemoDatasetTests {
    func testRegionsRankNationalObjectivesDifferently() throws {
        let dataset = try demo()
        let national = try nationalPlan(dataset)
        let regional = dataset.plans.filter { $0.scope != .national }
        let diverging = regional.filter { plan in
            plan.objectives.contains { objective in
                national.objective(objective.code).map { abs($0.rank - objective.rank) >= 2 } ?? false
            }
        }
        XCTAssertGreaterThanOrEqual(diverging.count, 2)
        let topThree = national.rankedObjectives.prefix(3).map(\.code)
        XCTAssertTrue(regional.contains { plan in topThree.contains { plan.objective($0) == nil } })
    }

    func testFieldNominatesLowInfluenceSitesWhileOfficeShortlistsAnUnsupportedReferenceCentre() throws {
        let dataset = try demo()
        let institutions = Dictionary(uniqueKeysWithValues: dataset.institutions.map { ($0.id, $0) })
        let national = try nationalPlan(dataset)
        let regionalSites = dataset.plans.filter { $0.scope != .national }.flatMap(\.studySites)
        let lowInfluence = dataset.plans.filter { $0.scope != .national }.contains { plan in
            plan.studySites.filter { site in
                let institution = institutions[site.institutionID]!
                return institution.influenceTier == 3 && institution.studyExperience <= 2
            }.count >= 5
        }
        XCTAssertTrue(lowInfluence)
        let unsupported = national.studySites.filter { site in
            let institution = institutions[site.institutionID]!
            return institution.influenceTier == 1 && institution.kind == .universityHospital
                && !regionalSites.contains { $0.study == site.study && $0.institutionID == site.institutionID }
        }
        XCTAssertFalse(unsupported.isEmpty)
    }

    func testARegionRunsALocalFormatAfterANationalFormatWasDecided() throws {
        let dataset = try demo()
        XCTAssertTrue(dataset.decisions.contains { $0.topic == .educationalFormat && $0.status == .decided && $0.scope == .national })
        XCTAssertTrue(dataset.plans.contains { plan in
            plan.scope != .national && plan.tactics.contains { $0.kind == .educationalEvent && $0.format == .local }
        })
    }

    func testARegionHasASurgingThemeNoObjectiveCovers() throws {
        let dataset = try demo()
        let national = try nationalPlan(dataset)
        let window = 35 * Self.day
        let surging = dataset.regions.flatMap { region in
            Set(dataset.insights.map(\.theme)).sorted().compactMap { theme -> String? in
                let ages = dataset.insights.filter { $0.regionID == region.id && $0.theme == theme }
                    .map { Self.anchor.timeIntervalSince($0.interactionAt) }
                let recent = ages.filter { $0 < window }.count
                let before = ages.filter { $0 >= window && $0 < 2 * window }.count
                let plan = dataset.plans.first { $0.scope.regionID == region.id }
                let covered = (national.objectives + (plan?.objectives ?? [])).contains { $0.theme == theme }
                return recent >= 15 && recent >= 3 * max(before, 1) && !covered ? region.id + "/" + theme : nil
            }
        }
        XCTAssertEqual(surging.count, 1, "\(surging)")
    }

    func testAChannelMixIsFarFromWhatItsHCPsAndProductSuggest() throws {
        let dataset = try demo()
        let lifecycleScore: [LifecycleStage: Double] = [.prelaunch: 100, .launch: 90, .growth: 60, .mature: 30, .lossOfExclusivity: 10]
        let far = dataset.plans.filter { $0.scope != .national }.flatMap { plan in
            plan.channelMix.compactMap { share -> String? in
                let region = plan.scope.regionID!
                let product = dataset.products.first { $0.id == share.productID }!
                let hcps = dataset.hcps.filter { $0.regionID == region }
                let access = 100 * Double(hcps.filter { $0.faceToFaceAccess == .open }.count) / Double(hcps.count)
                let needle = (Double(product.complexity - 1) * 25 + lifecycleScore[product.lifecycleStage]!
                    + access + faceToFacePreference(in: region, dataset) + 60) / 5
                return abs(Double(share.faceToFaceShare) - needle) >= 30 ? plan.id + "/" + product.id : nil
            }
        }
        XCTAssertEqual(far.count, 1, "\(far)")
    }

    func testSomeHCPsGetManyTouchpointsFromSeveralFunctions() throws {
        let dataset = try demo()
        XCTAssertGreaterThanOrEqual(dataset.touchpoints.count, 2_000)
        XCTAssertEqual(Set(dataset.touchpoints.map(\.function)), Set(TouchpointFunction.allCases))
        let byHCP = Dictionary(grouping: dataset.touchpoints, by: \.hcpID)
        let noisy = byHCP.filter { _, touchpoints in
            let sorted = touchpoints.sorted { $0.date < $1.date }
            return sorted.indices.contains { start in
                let burst = sorted[start...].prefix { $0.date.timeIntervalSince(sorted[start].date) < 14 * Self.day }
                return burst.count >= 8 && Set(burst.map(\.function)).count >= 3
            }
        }
        XCTAssertGreaterThanOrEqual(noisy.count, 3)
        let digitalOnly = Set(dataset.hcps.filter { $0.channelPreference == .digital }.map(\.id))
        XCTAssertTrue(dataset.touchpoints.contains { digitalOnly.contains($0.hcpID) && $0.channel == .faceToFace })
    }

    func testAnExecutiveRulingWasMadeBySomeoneNotAccountable() throws {
        let dataset = try demo()
        let roles = try RoleDefinitions.decode(try BundledResource.roles.data())
        let overreach = try dataset.decisions.filter { decision in
            guard decision.status == .decided, decision.resolution == .executiveRuling, let by = decision.decidedBy else { return false }
            return !roles.isAccountable(try person(by, in: dataset).role, for: decision.topic)
        }
        XCTAssertEqual(overreach.count, 1)
    }

    func testSomeDecisionsAreStalled() throws {
        let dataset = try demo()
        XCTAssertTrue(dataset.decisions.contains { $0.status == .decided && $0.isOverdue(at: Self.anchor) })
        XCTAssertTrue(dataset.decisions.contains { decision in
            decision.status == .open && decision.outcome.isEmpty && decision.resolution == nil
                && Self.anchor.timeIntervalSince(decision.createdAt) >= 28 * Self.day
        })
    }
}
