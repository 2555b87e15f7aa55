import Foundation
@testable import LiaisonApp
import LiaisonCore
import LiaisonStore
import TerminalKit
import XCTest

/// The log-insight journey through `update` and the real (in-memory) store.
final class LogInsightJourneyTests: XCTestCase {
    override func setUp() {
        NSTimeZone.default = TimeZone(identifier: "UTC")!
    }

    private func driver(store: LiaisonStore? = nil) async throws -> (EffectRunningDriver, LiaisonStore) {
        let store = try store ?? AppFixture.store()
        let driver = await EffectRunningDriver(env: try AppFixture.environment(store: store))
        return (driver, store)
    }

    private func mine(_ store: LiaisonStore) throws -> [Insight] {
        try store.insights(matching: InsightQuery(authorID: AppFixture.mslID), limit: 100).items
    }

    private func keptDraft(_ store: LiaisonStore) throws -> LogInsightDraft? {
        try store.formDraft(personID: AppFixture.mslID, kind: LogInsightState.newInsightKind).flatMap { LogInsightDraft.decoded($0.payload) }
    }

    func testFieldsThenCtrlSStoresTheInsightAndClosesTheForm() async throws {
        var (driver, store) = try await driver()
        let before = try mine(store).count
        await driver.type("n")
        XCTAssertNotNil(driver.state.logInsight?.choices)
        await driver.type("north one")
        await driver.press(.enter)
        await driver.type("lum")
        await driver.press(.enter)
        await driver.type("unmet")
        await driver.press(.enter, .tab, .right, .tab, .tab)
        await driver.press(.ctrl("u"))
        await driver.type("2026-11-20 14:30")
        await driver.press(.tab)
        await driver.type("Waiting lists for echo are four months")
        await driver.press(.tab)
        await driver.type("Delays diagnosis")
        await driver.press(.ctrl("s"))

        XCTAssertNil(driver.state.logInsight, "the form closes after saving")
        XCTAssertEqual(driver.state.status?.text.hasPrefix("Insight saved"), true, "\(String(describing: driver.state.status))")
        let insights = try mine(store)
        XCTAssertEqual(insights.count, before + 1)
        let saved = try XCTUnwrap(insights.first { $0.whatWasSaid == "Waiting lists for echo are four months" })
        XCTAssertEqual(saved.hcpID, "hcp:h01")
        XCTAssertEqual(saved.institutionID, "inst:uh-north")
        XCTAssertEqual(saved.regionID, "region:north")
        XCTAssertEqual(saved.productID, "product:lumora")
        XCTAssertEqual(saved.theme, "unmet-need")
        XCTAssertEqual(saved.sentiment, 1)
        XCTAssertEqual(saved.channel, .faceToFace)
        XCTAssertEqual(saved.status, .submitted)
        XCTAssertEqual(saved.whyItMatters, "Delays diagnosis")
        XCTAssertEqual(saved.interactionAt, AppFixture.now.addingTimeInterval(-90 * 60))
        XCTAssertNil(try keptDraft(store), "a successful save deletes the draft")
    }

    func testMissingThemeIsMarkedNextToTheFieldAndNothingIsSaved() async throws {
        var (driver, store) = try await driver()
        let before = try mine(store).count
        await driver.type("n")
        await driver.press(.tab, .tab, .tab, .tab, .tab, .tab, .tab)
        await driver.type("Asked about renal dosing")
        await driver.press(.ctrl("s"))

        let form = try XCTUnwrap(driver.state.logInsight)
        XCTAssertEqual(form.form.fields[LogInsightField.theme.rawValue].message, "Required — type to pick a theme")
        XCTAssertNil(form.form.fields[LogInsightField.whatWasSaid.rawValue].message)
        XCTAssertEqual(form.focused, .theme, "focus jumps to the field to fix")
        XCTAssertEqual(try mine(store).count, before)
        XCTAssertTrue(driver.screenText.contains("✗ Required — type to pick a theme"), driver.screenText)
    }

    func testComplianceBlocksTheSaveAndKeepsTheText() async throws {
        var (driver, store) = try await driver()
        let before = try mine(store).count
        await driver.type("n")
        await driver.press(.tab, .tab)
        await driver.type("unmet")
        await driver.press(.enter, .tab, .tab, .tab, .tab)
        let text = "He called it a miracle, patient born 03.04.1961"
        await driver.type(text)
        await driver.press(.ctrl("s"))

        let form = try XCTUnwrap(driver.state.logInsight, "the form stays open")
        XCTAssertEqual(form.values.whatWasSaid, text)
        let message = try XCTUnwrap(form.form.fields[LogInsightField.whatWasSaid.rawValue].message)
        XCTAssertTrue(message.contains("\"miracle\" (promotional)"), message)
        XCTAssertTrue(message.contains("birthDate"), message)
        XCTAssertTrue(form.banner?.contains("exaggerated efficacy wording is promotional") == true, form.banner ?? "")
        XCTAssertEqual(try mine(store).count, before)
        XCTAssertEqual(try keptDraft(store)?.whatWasSaid, text, "the typed text is still kept as a draft")
    }

    func testEveryChangeKeepsTheDraftAndReopeningRestoresIt() async throws {
        var (driver, store) = try await driver()
        await driver.type("n")
        await driver.press(.tab, .tab)
        await driver.type("educ")
        await driver.press(.enter)
        await driver.press(.tab, .tab, .tab, .tab)
        await driver.type("Nurses want a")
        XCTAssertEqual(try keptDraft(store)?.whatWasSaid, "Nurses want a", "saved on the last keystroke")
        XCTAssertEqual(try keptDraft(store)?.theme, "education-need")

        await driver.press(.escape)
        XCTAssertNil(driver.state.logInsight)
        XCTAssertEqual(driver.state.status?.text, "Draft kept — press n to continue")
        XCTAssertEqual(try keptDraft(store)?.whatWasSaid, "Nurses want a", "Esc keeps the draft")

        await driver.type("n")
        let reopened = try XCTUnwrap(driver.state.logInsight)
        XCTAssertEqual(reopened.values.whatWasSaid, "Nurses want a")
        XCTAssertEqual(reopened.values.theme, "education-need")
        XCTAssertEqual(reopened.focused, .whatWasSaid)
        await driver.type(" workshop")
        await driver.press(.ctrl("s"))
        XCTAssertNil(driver.state.logInsight)
        XCTAssertTrue(try mine(store).contains { $0.whatWasSaid == "Nurses want a workshop" })
        XCTAssertNil(try keptDraft(store))
        await driver.type("n")
        XCTAssertEqual(driver.state.logInsight?.values.whatWasSaid, "", "after a save the form opens empty")
    }

    func testCtrlDSavesADraftInsightAndContinuingItSubmits() async throws {
        var (driver, store) = try await driver()
        await driver.type("n")
        await driver.press(.tab, .tab)
        await driver.type("study")
        await driver.press(.enter, .tab, .tab, .tab, .tab)
        await driver.type("Interested in the registry")
        await driver.press(.ctrl("d"))
        let draft = try XCTUnwrap(try store.drafts(authorID: AppFixture.mslID).first { $0.whatWasSaid == "Interested in the registry" })
        XCTAssertEqual(draft.status, .draft)

        let context = ScreenRouter.context(driver.state, env: driver.env)
        let setup = try LogInsightSetup.load(
            store: store, taxonomy: driver.env.taxonomy, personID: AppFixture.mslID, draftInsightID: draft.id,
            kind: LogInsightState(draftInsightID: draft.id, theme: .dark).draftKind, now: AppFixture.now, timeZone: .current)
        XCTAssertEqual(setup.origin, .draftInsight)
        XCTAssertEqual(setup.values.whatWasSaid, "Interested in the registry")
        var form = LogInsightScreen.update(
            LogInsightScreen.open(draftID: draft.id, context: context).state,
            .message(.logInsight(.loaded(LogInsightSetupBox(setup: setup)))), context: context).state
        XCTAssertEqual(form.focused, .whatWasSaid)
        form = LogInsightScreen.update(form, .key(.char("!")), context: context).state
        let result = LogInsightScreen.update(form, .key(.ctrl("s")), context: context)
        XCTAssertEqual(result.effects.count, 1)
        XCTAssertTrue(result.state.isSaving)
    }

    func testTypedTimesAreReadInTheUsersZone() {
        let time = InteractionTime(now: AppFixture.now, timeZone: TimeZone(identifier: "UTC")!)
        XCTAssertEqual(time.format(AppFixture.now), "2026-11-20 16:00")
        XCTAssertEqual(try time.parse("today 14:30").get(), AppFixture.now.addingTimeInterval(-90 * 60))
        XCTAssertEqual(try time.parse("2026-11-19 9:05").get(), AppFixture.now.addingTimeInterval(-(24 * 60 + 415) * 60))
        XCTAssertEqual(try time.parse("yesterday 16:00").get(), AppFixture.now.addingTimeInterval(-86_400))
        XCTAssertEqual(try time.parse("now").get(), AppFixture.now)
        XCTAssertEqual(time.parse("tomorrow 9:00"), .failure(.init(reason: "cannot read 'tomorrow 9:00': \(InteractionTime.help)")))
        XCTAssertEqual(time.parse("2026-11-31 10:00"), .failure(.init(reason: "cannot read '2026-11-31 10:00': \(InteractionTime.help)")))
        XCTAssertEqual(time.parse("today 17:30"), .failure(.init(reason: "2026-11-20 17:30 is in the future")))
    }
}
