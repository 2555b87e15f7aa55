import Foundation
import LiaisonApp
import LiaisonCore
import LiaisonStore
import TerminalKit
import XCTest

/// Lifecycle actions on the Insights screen: offered only to roles the policy allows, and
/// each performing the matching store transition.
final class InsightsLifecycleTests: XCTestCase {
    private var store: LiaisonStore!
    private let submitted = AppFixture.uuid(501)
    private let reviewed = AppFixture.uuid(502)
    private let actioned = AppFixture.uuid(503)
    private let closed = AppFixture.uuid(504)

    override func setUpWithError() throws {
        store = try AppFixture.store()
    }

    private func screen(as person: PersonID, on id: UUID) throws -> InsightsHarness {
        var screen = try InsightsHarness(store: store, personID: person)
        screen.open(id)
        XCTAssertEqual(screen.state.selected?.id, id)
        return screen
    }

    private func stored(_ id: UUID) throws -> Insight { try XCTUnwrap(try store.insight(id: id)) }

    func testOfferedActionsFollowThePolicyForEachRole() throws {
        let expectations: [(PersonID, UUID, Set<String>)] = [
            (AppFixture.mslID, submitted, ["a", "m"]),               // author: archive, group
            ("person:ben-novak", submitted, ["e"]),                  // another MSL: endorse only
            ("person:clara-berg", submitted, ["v", "a", "e", "m"]),  // RMD of the region
            ("person:david-osei", submitted, ["e", "m"]),            // RMD of another region
            ("person:clara-berg", reviewed, ["l", "c", "a", "e", "m"]),
            ("person:maria-lopez", actioned, ["c", "e", "m"]),
            (AppFixture.mslID, closed, ["m"]),
        ]
        for (person, id, _) in expectations {
            let screen = try screen(as: person, on: id)
            let insight = try stored(id)
            let policy = InsightPolicy.allowedActions(for: try XCTUnwrap(try store.person(id: person)), on: insight)
            let expected = Set(policy.map { action in
                ["submit": "s", "review": "v", "link": "l", "endorse": "e", "linkSimilar": "m", "archive": "a", "close": "c"][action.rawValue]!
            })
            XCTAssertEqual(screen.offeredActionKeys, expected, "\(person) on \(insight.status)")
        }
        XCTAssertEqual(try screen(as: "person:ben-novak", on: submitted).offeredActionKeys, ["e"])
        XCTAssertEqual(try screen(as: "person:clara-berg", on: submitted).offeredActionKeys, ["v", "a", "e", "m"])
        XCTAssertEqual(try screen(as: AppFixture.mslID, on: submitted).offeredActionKeys, ["a", "m"])
    }

    func testAKeyForADisallowedActionDoesNothing() throws {
        var screen = try screen(as: "person:ben-novak", on: submitted)
        screen.press(.char("v"))
        XCTAssertFalse(screen.lastHandled)
        XCTAssertFalse(screen.performed.contains { if case .perform = $0 { return true }; return false })
        XCTAssertEqual(try stored(submitted).status, .submitted)
    }

    func testReviewMovesTheInsightAndAsksForARefresh() throws {
        var screen = try screen(as: "person:clara-berg", on: submitted)
        screen.clearRequests()
        screen.press(.char("v"))
        XCTAssertEqual(try stored(submitted).status, .reviewed)
        XCTAssertEqual(screen.state.selected?.status, .reviewed, "the row shows the new status at once")
        let requests = screen.requests.map { "\($0)" }
        XCTAssertTrue(requests.contains("\(AppRequest.dataChanged)"), "\(requests)")
        XCTAssertTrue(requests.contains { $0.contains("Marked reviewed") })
        screen.run(.dataChanged)
        XCTAssertEqual(screen.state.selected?.id, submitted, "the reload keeps the insight selected")
        let history = try XCTUnwrap(screen.state.detail?.history)
        XCTAssertEqual(history.last?.actor, "Clara Berg")
        XCTAssertEqual(history.last?.change, "submitted → reviewed")
    }

    func testEndorseOnlyOnce() throws {
        var screen = try screen(as: "person:ben-novak", on: submitted)
        screen.press(.char("e"))
        XCTAssertEqual(try stored(submitted).endorsedBy, ["person:ben-novak"])
        screen.run(.dataChanged)
        XCTAssertFalse(screen.offeredActionKeys.contains("e"))
        screen.press(.char("e"))
        XCTAssertFalse(screen.lastHandled)
        XCTAssertEqual(try stored(submitted).endorsedBy, ["person:ben-novak"])
    }

    func testLinkToAPlanObjective() throws {
        var screen = try screen(as: "person:clara-berg", on: reviewed)
        screen.press(.char("l"))
        XCTAssertEqual(screen.state.mode, .picking)
        let items = try XCTUnwrap(screen.state.picker?.items)
        XCTAssertTrue(items.contains { $0.hasPrefix("Objective · Earlier diagnosis (national 2027-H1)") }, "\(items)")
        XCTAssertTrue(items.contains { $0.hasPrefix("Decision · Local formats for the north") }, "\(items)")
        screen.type("Earlier diagnosis national")
        screen.press(.enter)
        let insight = try stored(reviewed)
        XCTAssertEqual(insight.status, .actioned)
        XCTAssertEqual(insight.link, InsightLink(target: .objective, reference: "plan:national-2027-h1#obj:early-diagnosis"))
        XCTAssertEqual(screen.state.mode, .table)
    }

    func testLinkToADecision() throws {
        var screen = try screen(as: "person:clara-berg", on: reviewed)
        screen.press(.char("l"))
        screen.type("Local formats")
        screen.press(.enter)
        XCTAssertEqual(screen.state.mode, .table)
        XCTAssertEqual(screen.requests.map { "\($0)" }.filter { $0.contains("error") }, [])
        XCTAssertEqual(try stored(reviewed).link, InsightLink(target: .decision, reference: AppFixture.uuid(9001).uuidString))
    }

    func testArchiveAsksFirst() throws {
        var screen = try screen(as: AppFixture.mslID, on: submitted)
        screen.clearRequests()
        screen.press(.char("a"))
        XCTAssertEqual(try stored(submitted).status, .submitted, "nothing happens before the confirmation")
        guard case .confirm(let modal) = screen.requests.first, case .insights(.confirmArchive(let id)) = modal.confirm else {
            return XCTFail("expected a confirm dialog, got \(screen.requests)")
        }
        XCTAssertEqual(id, submitted)
        XCTAssertEqual(modal.buttons, ["Archive", "Cancel"])
        screen.run(.message(.insights(.confirmArchive(id))))
        XCTAssertEqual(try stored(submitted).status, .archived)
    }

    func testCloseAnActionedInsight() throws {
        var screen = try screen(as: "person:clara-berg", on: actioned)
        screen.press(.char("c"))
        XCTAssertEqual(try stored(actioned).status, .closed)
    }

    func testSubmitMyDraft() throws {
        var screen = try InsightsHarness(store: store)
        screen.state.filters.status = .draft
        screen.run(.activated(nil))
        let draft = try XCTUnwrap(screen.state.selected)
        XCTAssertEqual(screen.offeredActionKeys, ["s", "a"])
        screen.press(.char("s"))
        XCTAssertEqual(try stored(draft.id).status, .submitted)
    }

    func testGroupUnderASimilarInsight() throws {
        var screen = try screen(as: "person:clara-berg", on: submitted)
        screen.press(.char("m"))
        XCTAssertEqual(screen.state.mode, .picking)
        let items = try XCTUnwrap(screen.state.picker?.items)
        XCTAssertFalse(items.contains { $0.contains("Referral delays of months") }, "not itself")
        screen.type("Screening gaps")
        screen.press(.enter)
        XCTAssertEqual(try stored(submitted).parentID, actioned)
        screen.open(actioned)
        XCTAssertEqual(screen.state.detail?.childCount, 1)
    }

    func testStoreRefusalShowsAsStatus() throws {
        var screen = try screen(as: "person:clara-berg", on: submitted)
        _ = try store.reviewInsight(submitted, by: "person:clara-berg")
        screen.clearRequests()
        screen.press(.char("v"))
        let requests = screen.requests.map { "\($0)" }
        XCTAssertTrue(requests.contains { $0.contains("error") }, "\(requests)")
    }
}
