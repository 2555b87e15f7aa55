import LiaisonCore
import XCTest

final class RoleOverreachRuleTests: XCTestCase {
    private let rule = RoleOverreachRule()

    private func decided(
        by person: PersonID, _ resolution: ResolutionMode, topic: DecisionTopic = .educationalFormat, daysAgo: Double = 5
    ) throws -> Decision {
        try ClashFixture.decision(
            title: "Decided \(resolution.rawValue)", topic: topic, status: .decided, resolution: resolution,
            decidedBy: person, decidedAt: ClashFixture.day(-daysAgo), reviewDate: resolution == .deferred ? ClashFixture.day(90) : nil)
    }

    private func evaluate(_ decisions: [Decision]) throws -> [Clash] {
        var snapshot = try ClashFixture.snapshot()
        snapshot.decisions = decisions
        return ClashFixture.evaluate(rule, snapshot)
    }

    func testExecutiveRulingByNonAccountableRoleIsHigh() throws {
        let decision = try decided(by: "person:office", .executiveRuling)
        let clashes = try evaluate([decision])
        XCTAssertEqual(clashes.map(\.id), ["roleOverreach:decision:\(decision.id.uuidString)"])
        XCTAssertEqual(clashes[0].severity, 63)  // 25 + 30 executive ruling + 8 (office is Consulted)
        XCTAssertEqual(clashes[0].level, .high)
        XCTAssertTrue(clashes[0].fieldPosition.contains("Olaf Office (HQ strategy)"), clashes[0].fieldPosition)
        XCTAssertTrue(clashes[0].officePosition.contains("Medical director"), clashes[0].officePosition)
    }

    func testConsensusSignedOffByResponsibleRMDIsLow() throws {
        let clashes = try evaluate([try decided(by: ClashFixture.rmd("region:north"), .consensus)])
        XCTAssertEqual(clashes.map(\.severity), [25])
        XCTAssertEqual(clashes.first?.level, .low)
    }

    func testAccountableDeciderDoesNotFire() throws {
        XCTAssertEqual(try evaluate([try decided(by: "person:md", .executiveRuling)]), [])
        let open = try ClashFixture.decision(topic: .educationalFormat)
        XCTAssertEqual(try evaluate([open]), [], "an open decision has no decider yet")
    }

    func testExecutiveRulingsCrowdingOutConsensusFires() throws {
        let decisions = try (0..<7).map { try decided(by: "person:md", .executiveRuling, daysAgo: Double($0 + 1)) }
            + (7..<10).map { try decided(by: "person:md", .consensus, daysAgo: Double($0 + 1)) }
        let clashes = try evaluate(decisions)
        XCTAssertEqual(clashes.map(\.id), ["roleOverreach:decisions:recent"])
        XCTAssertEqual(clashes[0].severity, 54)  // 30 + (70 − 50) × 1.2
        XCTAssertEqual(clashes[0].level, .medium)
        XCTAssertEqual(clashes[0].evidence.count, 7)

        let noConsensus = try (0..<7).map { try decided(by: "person:md", .executiveRuling, daysAgo: Double($0 + 1)) }
            + (7..<10).map { try decided(by: "person:md", .compromise, daysAgo: Double($0 + 1)) }
        XCTAssertEqual(try evaluate(noConsensus).map(\.severity), [69])  // + 15 without any consensus
    }

    func testCrowdingNearMissesDoNotFire() throws {
        let half = try (0..<5).map { try decided(by: "person:md", .executiveRuling, daysAgo: Double($0 + 1)) }
            + (5..<10).map { try decided(by: "person:md", .consensus, daysAgo: Double($0 + 1)) }
        XCTAssertEqual(try evaluate(half), [], "50% is at the limit, not above it")
        let few = try (0..<4).map { try decided(by: "person:md", .executiveRuling, daysAgo: Double($0 + 1)) }
        XCTAssertEqual(try evaluate(few), [], "too few decisions to judge a pattern")
        let oldRulings = try (0..<10).map { try decided(by: "person:md", .consensus, daysAgo: Double($0 + 1)) }
            + (10..<20).map { try decided(by: "person:md", .executiveRuling, daysAgo: Double($0 + 1)) }
        XCTAssertEqual(try evaluate(oldRulings), [], "only the last ten decisions count")
    }
}
