import Foundation
import LiaisonApp
import LiaisonCore
import LiaisonStore
import TerminalKit
import XCTest

/// Presenter mode driven key by key on the demo data: walking the items with the timer,
/// the decision ritual and clash triage in place (re-read from the store), notes, leaving.
final class PresenterJourneyTests: XCTestCase {
    private let start = AppFixture.now

    func testNextAndPreviousWalkTheItemsAndTimeEachVisit() throws {
        var driver = try PresenterFixture.presenter()
        let ids = try XCTUnwrap(driver.state.meeting.presenter?.itemIDs)
        XCTAssertEqual(ids.count, 3)
        XCTAssertTrue(driver.screenText.contains("1 / 3"))

        driver.presenterClock(start.addingTimeInterval(90))
        XCTAssertTrue(driver.screenText.contains("01:30 of 08:00"))
        driver.pressPresenter(.char("n"))
        XCTAssertEqual(driver.state.meeting.presenter?.currentID, ids[1])
        XCTAssertTrue(driver.screenText.contains("2 / 3"))
        XCTAssertTrue(driver.screenText.contains("00:00 of 10:00"), "the new item's timer starts at zero")

        driver.presenterClock(start.addingTimeInterval(150))
        driver.pressPresenter(.left)
        XCTAssertEqual(driver.state.meeting.presenter?.currentID, ids[0])
        driver.presenterClock(start.addingTimeInterval(200))
        let presenter = try XCTUnwrap(driver.state.meeting.presenter)
        XCTAssertEqual(presenter.elapsed(on: ids[0], at: start.addingTimeInterval(200)), 140, "90 s, then 50 s more")
        XCTAssertEqual(presenter.elapsed(on: ids[1], at: start.addingTimeInterval(200)), 60)
        XCTAssertTrue(driver.screenText.contains("02:20 of 08:00"))

        driver.pressPresenter(.char(" "), .char("n"), .char("n"))
        XCTAssertEqual(driver.state.meeting.presenter?.currentID, ids[2], "n stays on the last item")
        driver.presenterClock(start.addingTimeInterval(200 + 5 * 60 + 1))
        XCTAssertTrue(driver.screenText.contains("OVER +00:01 of 05:00"))
    }

    func testTimerText() {
        XCTAssertEqual(PresenterTimer(elapsed: 59.9, boxMinutes: 1).text, "00:59 of 01:00")
        XCTAssertEqual(PresenterTimer(elapsed: 61, boxMinutes: 1).text, "OVER +00:01 of 01:00")
        XCTAssertEqual(PresenterTimer(elapsed: 61, boxMinutes: 1).short, "+00:01")
        XCTAssertEqual(PresenterTimer(elapsed: 3_725, boxMinutes: nil).text, "1:02:05")
        XCTAssertFalse(PresenterTimer(elapsed: 60, boxMinutes: 1).isOver)
    }

    func testEvidenceIsShownByName() throws {
        let driver = try PresenterFixture.presenter(width: 160, height: 48)
        let data = try XCTUnwrap(MeetingPresenterProbe.data(driver))
        XCTAssertFalse(data.evidence.isEmpty)
        XCTAssertLessThanOrEqual(data.evidence.count, PresenterItemData.evidenceLimit)
        XCTAssertFalse(data.evidence.contains { $0.text.hasPrefix("inst:") || $0.text.hasPrefix("hcp:") }, "ids are resolved to names")
        XCTAssertEqual(data.clash?.clashID, ClashFixture.studySiteClash)
        XCTAssertTrue(driver.screenText.contains("EVIDENCE"))
    }

    func testResolvingADecisionInPlaceSavesIt() throws {
        var driver = try PresenterFixture.presenter(as: ClashFixture.director)
        driver.pressPresenter(.char("n"))
        let decisionID = try XCTUnwrap(MeetingPresenterProbe.data(driver)?.decision?.id)
        driver.pressPresenter(.char("r"))
        XCTAssertEqual(driver.state.meeting.presenterSession.ritual.form?.kind, .resolve)
        XCTAssertTrue(driver.screenText.contains("Resolve the decision"), "the Decisions screen's form opens over the presenter")
        driver.press(.right, .right)
        XCTAssertEqual(driver.state.meeting.presenterSession.ritual.form?.mode, .executiveRuling)
        driver.press(.tab, .ctrl("u"))
        driver.type("Local evenings continue until June")
        driver.press(.tab, .ctrl("u"))
        driver.type("Tumour boards close the North's testing gap")
        driver.press(.tab, .ctrl("u"))
        driver.type("2027-06-30")
        driver.pressPresenter(.ctrl("s"))

        XCTAssertFalse(driver.state.meeting.presenterSession.ritual.isOpen)
        let stored = try XCTUnwrap(try driver.env.store.decision(id: decisionID))
        XCTAssertEqual(stored.status, .decided)
        XCTAssertEqual(stored.resolution, .executiveRuling)
        XCTAssertEqual(stored.outcome, "Local evenings continue until June")
        XCTAssertEqual(driver.state.status?.text, "Decision resolved")
        XCTAssertEqual(MeetingPresenterProbe.data(driver)?.decision?.status, .decided, "the item shows the new state")
        XCTAssertTrue(driver.screenText.contains("decided · executive ruling"))
        XCTAssertEqual(driver.state.meeting.mode, .presenter, "still presenting")
    }

    func testRefusalsShowNextToTheFieldAndAnMSLMayNotResolve() throws {
        var director = try PresenterFixture.presenter(as: ClashFixture.director)
        director.pressPresenter(.char("n"), .char("r"), .tab, .ctrl("u"))
        director.type("Keep them")
        director.press(.tab, .ctrl("u"))
        director.pressPresenter(.ctrl("s"))
        let form = try XCTUnwrap(director.state.meeting.presenterSession.ritual.form, "the form stays open")
        XCTAssertNotNil(form.form.fields.first { $0.label == "Rationale" }?.message)

        var msl = try PresenterFixture.presenter(as: ClashFixture.msl)
        msl.pressPresenter(.char("n"), .char("r"))
        XCTAssertFalse(msl.state.meeting.presenterSession.ritual.isOpen)
        XCTAssertEqual(msl.state.status?.kind, .error)
        XCTAssertTrue(msl.state.status?.text.contains("record your stance") ?? false)
        msl.pressPresenter(.char("s"))
        XCTAssertEqual(msl.state.meeting.presenterSession.ritual.form?.kind, .stance, "everyone records a stance")
    }

    func testTriageInPlaceSavesIt() throws {
        var driver = try PresenterFixture.presenter(as: ClashFixture.director)
        XCTAssertEqual(driver.presentedItem?.kind, .clash)
        driver.pressPresenter(.char("a"))
        XCTAssertEqual(driver.env.clashes?.status(of: ClashFixture.studySiteClash)?.disposition, .acknowledged)
        XCTAssertEqual(driver.state.status?.text, "Clash acknowledged")
        XCTAssertTrue(driver.screenText.contains("acknowledged by Dr. Claudia Engel"), "the item shows the new state")

        driver.pressPresenter(.char("d"))
        XCTAssertTrue(driver.state.meeting.presenterSession.triage.isDialogOpen)
        driver.pressPresenter(.enter)
        XCTAssertTrue(driver.state.meeting.presenterSession.triage.isDialogOpen, "a dismissal needs a reason")
        driver.type("Site already chosen by global")
        driver.pressPresenter(.enter)
        XCTAssertFalse(driver.state.meeting.presenterSession.triage.isDialogOpen)
        let status = try XCTUnwrap(driver.env.clashes?.status(of: ClashFixture.studySiteClash))
        XCTAssertEqual(status.disposition, .dismissed)
        XCTAssertEqual(status.triage?.reason, "Site already chosen by global")
    }

    func testTriageKeysOnlyWorkOnClashItems() throws {
        var driver = try PresenterFixture.presenter()
        driver.pressPresenter(.char("n"), .char("n"), .char("a"))
        XCTAssertEqual(driver.state.status?.text, "a, d, e and c triage clash items")
        driver.pressPresenter(.char("r"))
        XCTAssertEqual(driver.state.status?.text, "s, r and v work on decision and escalation items")
    }

    func testNoteOnTheCurrentItemIsSaved() throws {
        var driver = try PresenterFixture.presenter()
        driver.pressPresenter(.char("n"), .char("n"), .char("N"))
        XCTAssertNotNil(driver.state.meeting.form)
        driver.type("North wants a regional access FAQ")
        driver.pressPresenter(.enter)
        XCTAssertNil(driver.state.meeting.form)
        let meetingID = try XCTUnwrap(driver.state.meeting.meeting?.id)
        let stored = try XCTUnwrap(try driver.env.store.meeting(id: meetingID))
        let item = try XCTUnwrap(stored.agenda.first { $0.title == PresenterFixture.themeTitle })
        XCTAssertEqual(item.notes, "North wants a regional access FAQ")
        XCTAssertTrue(driver.screenText.contains("North wants a regional access FAQ"))
        XCTAssertEqual(driver.state.meeting.mode, .presenter)
    }

    func testEscapeGoesBackToTheAgendaOnTheItemShown() throws {
        var driver = try PresenterFixture.presenter()
        driver.pressPresenter(.char("n"))
        let shown = driver.presentedItem?.id
        XCTAssertTrue(MeetingScreen.isCapturingText(driver.state.meeting), "n and p are the presenter's, not global keys")
        driver.pressPresenter(.escape)
        XCTAssertEqual(driver.state.meeting.mode, .agenda)
        XCTAssertNil(driver.state.meeting.presenter)
        XCTAssertEqual(driver.state.meeting.selectedItem?.id, shown)
        XCTAssertEqual(driver.state.screen, .meeting)
    }
}

/// Reads the presenter's loaded data of the item on screen.
enum MeetingPresenterProbe {
    static func data(_ driver: AppDriver) -> PresenterItemData? {
        guard let id = driver.state.meeting.presenter?.currentID else { return nil }
        return driver.state.meeting.presenterSession.items[id]
    }
}
