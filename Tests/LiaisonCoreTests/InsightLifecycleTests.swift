import LiaisonCore
import XCTest

final class InsightLifecycleTests: XCTestCase {
    func testLegalPathToClosed() throws {
        var status = InsightStatus.draft
        for next in [InsightStatus.submitted, .reviewed, .actioned, .closed] {
            status = try status.transition(to: next)
        }
        XCTAssertEqual(status, .closed)
    }

    func testEveryIllegalTransitionThrowsNamingTheStatusField() {
        for from in InsightStatus.allCases {
            for to in InsightStatus.allCases where !from.successors.contains(to) {
                XCTAssertThrowsError(try from.transition(to: to), "\(from) → \(to)") { error in
                    XCTAssertEqual((error as? ValidationError)?.field, "status")
                }
            }
        }
    }

    func testFinalStatesHaveNoSuccessors() {
        XCTAssertTrue(InsightStatus.closed.successors.isEmpty)
        XCTAssertTrue(InsightStatus.archived.successors.isEmpty)
        XCTAssertThrowsError(try InsightStatus.draft.transition(to: .reviewed))
    }
}
