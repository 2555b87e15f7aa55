import Foundation
import LiaisonCore
import XCTest
@testable import LiaisonStore

/// `decisionRows()`: the narrow read behind the Decisions list gives the same rows, in the
/// same order, as the full decisions would, without decoding them.
final class DecisionRowsTests: XCTestCase {
    private let director = "person:claudia-engel"
    private let northRMD = "person:katrin-lange"

    private func allDecisions(_ store: LiaisonStore) throws -> [Decision] {
        var decisions: [Decision] = []
        var cursor: PageCursor?
        repeat {
            let page = try store.decisions(after: cursor, limit: 4)
            decisions += page.items
            cursor = page.next
        } while cursor != nil
        return decisions
    }

    func testRowsAreTheFullDecisionsListedFieldByFieldInListingOrder() throws {
        let store = try DemoStore.store()
        let rows = try store.decisionRows()
        let decisions = try allDecisions(store)
        XCTAssertGreaterThan(rows.count, 5)
        XCTAssertEqual(rows.map(\.id), decisions.map(\.id), "newest first, as decisions()")
        for (row, decision) in zip(rows, decisions) {
            XCTAssertEqual(row.title, decision.title)
            XCTAssertEqual(row.topic, decision.topic)
            XCTAssertEqual(row.scope, decision.scope)
            XCTAssertEqual(row.status, decision.status)
            XCTAssertEqual(row.resolution, decision.resolution)
            XCTAssertEqual(row.reviewDate, decision.reviewDate)
            XCTAssertEqual(row.createdAt, decision.createdAt)
            XCTAssertEqual(row.stanceHolders, Set(decision.stances.map(\.personID)).count)
        }
        XCTAssertEqual(rows, decisions.map(DecisionRow.init))
        XCTAssertTrue(rows.contains { $0.resolution != nil } && rows.contains { $0.reviewDate != nil }
                      && rows.contains { $0.stanceHolders > 0 } && rows.contains { $0.scope != .national },
                      "the demo exercises every optional field")
        XCTAssertEqual(Set(rows.map(\.status)), Set(DecisionStatus.allCases))
    }

    func testStanceHoldersCountPeopleNotStances() throws {
        let store = try DemoStore.store()
        let decision = try Decision(
            title: "Count the people", topic: .educationalFormat, scope: .national,
            fieldCase: Case(argument: "field"), officeCase: Case(argument: "office"), createdBy: director, createdAt: DemoStore.now)
        try store.saveDecision(decision, by: director)
        XCTAssertEqual(try store.decisionRows().first { $0.id == decision.id }?.stanceHolders, 0)
        _ = try store.recordStance(.support, of: northRMD, on: decision.id, by: northRMD)
        _ = try store.recordStance(.oppose, note: "changed my mind", of: northRMD, on: decision.id, by: northRMD)
        let stored = try XCTUnwrap(try store.decision(id: decision.id))
        _ = try store.recordStance(.support, of: director, on: decision.id, by: director)
        let row = try XCTUnwrap(try store.decisionRows().first { $0.id == decision.id })
        XCTAssertEqual(row.stanceHolders, 2, "two people, \(stored.stances.count + 1) stances")
    }

    func testTiesOnCreationOrderByIDDescending() throws {
        let store = try DemoStore.store()
        let later = DemoStore.now.addingTimeInterval(86_400)
        let ids = ["00000000-0000-0000-0000-0000000000A1", "00000000-0000-0000-0000-0000000000A2"].map { UUID(uuidString: $0)! }
        for id in ids {
            try store.saveDecision(
                Decision(id: id, title: "Tie \(id.uuidString.suffix(2))", topic: .nationalVoice, scope: .region("region:north"),
                         fieldCase: Case(argument: "f"), officeCase: Case(argument: "o"), createdBy: director, createdAt: later),
                by: director)
        }
        let rows = try store.decisionRows()
        XCTAssertEqual(rows.prefix(2).map(\.id), ids.reversed())
        XCTAssertEqual(rows[0].scope, .region("region:north"))
        XCTAssertEqual(rows[0].title, "Tie A2")
    }

    func testACorruptRowIsAnErrorNamingTheDecision() throws {
        let store = try DemoStore.store()
        let id = try XCTUnwrap(try store.decisionRows().first?.id)
        try store.write(actor: director) { transaction in
            try transaction.db.execute(sql: "UPDATE decisions SET topic = 'gossip' WHERE id = ?", arguments: [id.uuidString])
        }
        XCTAssertThrowsError(try store.decisionRows()) { error in
            XCTAssertTrue("\(error)".contains(id.uuidString), "\(error)")
        }
    }
}
