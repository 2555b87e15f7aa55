import Foundation
import LiaisonApp
import LiaisonCore
import LiaisonStore
import TerminalKit
import XCTest

/// The demo data with this week's agenda replaced by three known items — a new study-site
/// clash (8 minutes), the North tumour-board decision (10 minutes) and a rising theme with
/// its weekly series (5 minutes) — so the presenter tests do not depend on the generator.
enum PresenterFixture {
    static let northFormat = "Exception for North's local tumour-board evenings"
    static let themeTitle = "Access questions rising in North"
    static let themeSeries = [2, 3, 3, 4, 5, 4, 6, 6, 7, 9, 6, 14]

    /// A driver in presenter mode on the first of the three items, its clock at `AppFixture.now`.
    static func presenter(
        as person: PersonID = ClashFixture.director, width: Int = 80, height: Int = 24, theme: Palette? = nil
    ) throws -> AppDriver {
        var driver = try ClashFixture.driver(as: person, width: width, height: height)
        if let theme {
            var env = driver.env
            env.theme = theme
            driver = AppDriver(env: env, width: width, height: height)
        }
        try prepareAgenda(env: driver.env, by: person)
        driver.startPresenter(at: AppFixture.now)
        return driver
    }

    /// Drops the week's generated items and adds the three known ones.
    static func prepareAgenda(env: AppEnvironment, by person: PersonID) throws {
        let meeting = try MeetingLoader.open(env: env, by: person).meeting
        let clash = try XCTUnwrap(env.clashes?.status(of: ClashFixture.studySiteClash)?.clash, "the demo has the study-site clash")
        let decision = try XCTUnwrap(try env.store.allDecisions().first { $0.title == northFormat })
        let insights = try env.store.insights(matching: InsightQuery(regionID: "region:north"), limit: 3).items
        let clashEvidence = clash.evidence.map { $0.id.hasPrefix($0.kind.rawValue + ":") ? $0.id : $0.description }
        let items = [
            AgendaItem(
                source: AgendaItemKind.clash.rawValue, title: "Study site clash", reference: clash.id,
                summary: "Field: \(clash.fieldPosition) · Office: \(clash.officePosition)",
                evidence: [clash.id] + clashEvidence, severity: clash.severity, flags: [.new], timeBoxMinutes: 8),
            AgendaItem(
                source: AgendaItemKind.decision.rawValue, title: "Decide: North evenings", reference: decision.id.uuidString,
                summary: "open · North asks for an exception to the national academy format",
                evidence: [decision.id.uuidString] + decision.clashIDs, flags: [.awaitingDecision], timeBoxMinutes: 10),
            AgendaItem(
                source: AgendaItemKind.theme.rawValue, title: themeTitle, reference: "region:north/access",
                summary: "14 insights last week, up from 6", evidence: insights.map(\.id.uuidString), flags: [.rising],
                series: themeSeries, timeBoxMinutes: 5),
        ]
        let edits = meeting.activeAgenda.map { MeetingEdit.drop(item: $0.id) } + items.map(MeetingEdit.addItem)
        try MeetingLoader.workflow(env, now: AppFixture.now).apply(edits, to: meeting.id, by: person)
    }
}
