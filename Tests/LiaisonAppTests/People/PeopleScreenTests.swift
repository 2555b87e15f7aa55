import Foundation
import LiaisonApp
import LiaisonCore
import LiaisonStore
import TerminalKit
import XCTest

/// The People screen's journeys through `update`: paging the HCP directory, live search,
/// the team section, the profile with paged insights and deep links out and in.
final class PeopleScreenTests: XCTestCase {
    private var store: LiaisonStore!
    private var context: ScreenContext!
    private var state = PeopleState()
    private var requests: [AppRequest] = []

    override func setUpWithError() throws {
        store = try AppFixture.store()
        try PeopleFixture.addTouchpoints(to: store)
        let env = try AppFixture.environment(store: store)
        context = ScreenContext(env: env, area: Rect(x: 0, y: 1, width: 80, height: 22), person: env.person, theme: .dark)
        state.pageSize = 2
    }

    /// Sends `input`, then performs every load it leads to.
    private func run(_ input: ScreenInput) {
        var queue: [PeopleLoad] = []
        func send(_ input: ScreenInput) {
            let result = PeopleScreen.update(state, input, context: context)
            state = result.state
            requests += result.requests
            queue += result.state.outbox
        }
        send(input)
        while !queue.isEmpty {
            send(.message(.people(PeopleLoader.perform(queue.removeFirst(), store: store, now: AppFixture.now))))
        }
    }

    private func press(_ keys: Key...) {
        for key in keys { run(.key(key)) }
    }

    func testDirectoryPagesThroughHCPsWithKeysets() throws {
        run(.activated(nil))
        XCTAssertEqual(state.hcps.map(\.name), ["Dr. East One", "Dr. North One", "Dr. South One", "Dr. West One"],
                       "the second page is fetched as soon as the first does not fill the screen")
        XCTAssertNil(state.nextCursor)
        press(.char("j"), .char("j"), .char("j"))
        XCTAssertEqual(state.selectedHCP?.name, "Dr. West One")
    }

    func testSearchNarrowsTheDirectoryAsYouType() throws {
        run(.activated(nil))
        press(.char("/"))
        XCTAssertTrue(PeopleScreen.isCapturingText(state))
        for character in "south" { run(.key(.char(character))) }
        XCTAssertEqual(state.hcps.map(\.name), ["Dr. South One"])
        press(.enter)
        XCTAssertFalse(PeopleScreen.isCapturingText(state))
        XCTAssertEqual(state.hcps.count, 1, "Enter keeps the search")
        press(.char("/"), .escape)
        XCTAssertEqual(state.hcps.count, 4, "Esc clears it")
    }

    func testTeamSectionFiltersPeopleAndOpensTheirInsights() throws {
        run(.activated(nil))
        press(.char("t"))
        XCTAssertEqual(state.section, .team)
        press(.char("/"))
        for character in "rmd" { run(.key(.char(character))) }
        XCTAssertEqual(state.team.map(\.name), ["Clara Berg", "David Osei", "Elena Marsh", "Farid Khan"])
        press(.enter, .char("j"), .enter)
        XCTAssertEqual(state.selectedPerson?.id, "person:david-osei")
        guard case .open(.insights, .person("person:david-osei")) = requests.last else {
            return XCTFail("expected the insights of David Osei, got \(requests)")
        }
    }

    func testProfileShowsInsightsAndTouchpointsAndPagesInsights() throws {
        run(.activated(nil))
        press(.char("j"), .enter)
        let profile = try XCTUnwrap(state.profile)
        XCTAssertEqual(profile.hcp.id, "hcp:h01")
        XCTAssertEqual(profile.institution?.city, "Northville")
        XCTAssertEqual(profile.insights.count, PeopleLoader.insightPageSize)
        XCTAssertEqual(profile.touchpoints.map(\.topic), ["Referral pathway", "Lumora dosing card", "Cardiology evening", "Renal data request"])
        let all = try store.insights(matching: InsightQuery(hcpID: "hcp:h01", statuses: Set(InsightStatus.allCases).subtracting([.draft])), limit: 100).items
        press(.char("]"))
        XCTAssertEqual(state.profile?.insights.map(\.id), all.prefix(2 * PeopleLoader.insightPageSize).map(\.id))
        press(.char("j"), .char("j"), .enter)
        guard case .open(.insights, .insight(let id)) = requests.last else { return XCTFail("\(requests)") }
        XCTAssertEqual(id, all[2].id)
        press(.escape)
        XCTAssertEqual(state.focus, .directory)
        XCTAssertFalse(state.showsProfile)
    }

    func testDeepLinkOpensTheHCPProfile() throws {
        run(.activated(.hcp("hcp:h31")))
        XCTAssertEqual(state.profile?.hcp.name, "Dr. West One")
        XCTAssertEqual(state.focus, .profile)
        XCTAssertTrue(state.showsProfile)
    }

    func testDeepLinkToAPersonSelectsThemInTheTeam() throws {
        run(.activated(.person("person:dan-weiss")))
        XCTAssertEqual(state.section, .team)
        XCTAssertEqual(state.selectedPerson?.name, "Dan Weiss")
    }

    func testIOpensTheHCPsInsights() throws {
        run(.activated(nil))
        press(.char("i"))
        guard case .open(.insights, .hcp("hcp:h21")) = requests.last else { return XCTFail("\(requests)") }
    }

    func testClickingARowSelectsIt() throws {
        run(.activated(nil))
        run(.mouse(MouseEvent(kind: .press(button: 0), x: 5, y: context.area.y + 2 + 2)))
        XCTAssertEqual(state.selectedHCP?.name, "Dr. South One")
    }
}
