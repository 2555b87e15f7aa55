import Foundation
import LiaisonCore
import XCTest

final class AgendaBuilderTests: XCTestCase {
    private let builder = AgendaBuilder()

    private func agenda(previous: [String: Int]? = AgendaFixture.previousSeverities) throws -> [AgendaItem] {
        builder.build(try AgendaFixture.inputs(previous: previous))
    }

    func testSectionsComeInOrder() throws {
        let kinds = try agenda().map(\.kind)
        XCTAssertEqual(kinds, [
            .clash, .clash, .clash,
            .decision, .decision, .decision, .decision, .escalation,
            .action, .action,
            .theme, .theme,
            .stats, .stats,
        ])
    }

    func testNewAndWorsenedClashesBySeverityUnchangedAndLowLeftOut() throws {
        let clashes = try agenda().filter { $0.kind == .clash }
        XCTAssertEqual(clashes.map(\.reference), [AgendaFixture.clashA.id, AgendaFixture.clashB.id, AgendaFixture.clashF.id])
        XCTAssertEqual(clashes.map(\.flags), [[.new], [.worsened], [.worsened]])
        XCTAssertEqual(clashes.map(\.severity), [85, 70, 40])
        XCTAssertEqual(clashes.map(\.timeBoxMinutes), [10, 8, 5])
        XCTAssertTrue(clashes[1].summary.hasPrefix("high 70 (was 60) · Field: Field says south-b."), clashes[1].summary)
        XCTAssertEqual(clashes[0].evidence, [AgendaFixture.clashA.id, "insight:\(AgendaFixture.id(900).uuidString)"])
    }

    func testClassification() {
        let levels = ClashConfig.defaults.levels
        XCTAssertEqual(ClashChange.classify(severity: 40, previous: nil, step: 5, levels: levels), .new)
        XCTAssertEqual(ClashChange.classify(severity: 45, previous: 40, step: 5, levels: levels), .worsened)
        XCTAssertEqual(ClashChange.classify(severity: 44, previous: 40, step: 5, levels: levels), .unchanged)
        XCTAssertEqual(ClashChange.classify(severity: 31, previous: 29, step: 5, levels: levels), .worsened, "low → medium")
        XCTAssertEqual(ClashChange.classify(severity: 20, previous: 60, step: 5, levels: levels), .unchanged)
    }

    func testWithoutAPreviousMeetingEveryActiveClashIsNew() throws {
        let clashes = try agenda(previous: nil).filter { $0.kind == .clash }
        XCTAssertEqual(clashes.map(\.reference), [AgendaFixture.clashA.id, AgendaFixture.clashB.id, AgendaFixture.clashC.id, AgendaFixture.clashF.id])
        XCTAssertTrue(clashes.allSatisfy { $0.flags == [.new] })
    }

    func testClashesBeyondTheCapGoIntoOneOverflowItem() throws {
        var settings = AgendaSettings.defaults
        settings.maxClashItems = 1
        let clashes = AgendaBuilder(settings: settings).build(try AgendaFixture.inputs()).filter { $0.kind == .clash }
        XCTAssertEqual(clashes.count, 2)
        XCTAssertEqual(clashes[1].title, "2 more new or worsened clashes")
        XCTAssertEqual(clashes[1].summary, "1 high, 1 medium")
        XCTAssertEqual(clashes[1].evidence, [AgendaFixture.clashB.id, AgendaFixture.clashF.id])
    }

    func testDecisionsDueAndEscalationsWaiting() throws {
        let items = try agenda().filter { $0.kind == .decision || $0.kind == .escalation }
        XCTAssertEqual(items.map(\.title), [
            "Review: Overdue review", "Review: Review due this week", "Review: Marked for revisit", "Decide: Open question",
            "Escalated: Stalled decision: National-E",
        ])
        XCTAssertEqual(items.map(\.flags), [[.overdue], [.reviewDue], [.revisit], [.awaitingDecision], [.awaitingDecision]])
        XCTAssertEqual(items[3].evidence, [AgendaFixture.id(2).uuidString, AgendaFixture.clashH.id], "escalation folded into its decision")
        XCTAssertEqual(items[4].reference, AgendaFixture.clashE.id)
        XCTAssertTrue(items[4].summary.hasPrefix("escalated 2027-01-12 by Clara Wolf: needs the MD"), items[4].summary)
        XCTAssertTrue(items[0].summary.contains("review 2027-01-10 (overdue)"), items[0].summary)
    }

    func testDecisionsBeyondTheCapGoIntoOneOverflowItemMostUrgentKept() throws {
        var settings = AgendaSettings.defaults
        settings.maxDecisionItems = 2
        let items = AgendaBuilder(settings: settings).build(try AgendaFixture.inputs())
            .filter { $0.kind == .decision || $0.kind == .escalation }
        XCTAssertEqual(items.map(\.title), [
            "Review: Overdue review", "Review: Review due this week", "3 more decisions and escalations (Decisions screen)",
        ])
        XCTAssertNil(items[2].reference)
        XCTAssertEqual(items[2].summary, "1 to revisit, 2 awaiting a decision")
        XCTAssertEqual(items[2].evidence.count, 3)
        XCTAssertEqual(items[2].timeBoxMinutes, settings.overflowMinutes)
    }

    func testOpenActionsCarryOverOverdueFirstAndDoneOnesDoNot() throws {
        let actions = try agenda().filter { $0.kind == .action }
        XCTAssertEqual(actions.map(\.title), ["Overdue feasibility data", "Not yet due"])
        XCTAssertEqual(actions.map(\.flags), [[.overdue], []])
        XCTAssertEqual(actions[0].reference, AgendaFixture.id(11).uuidString)
        XCTAssertEqual(actions[0].summary, "owner Anna Keller · due 2027-01-15 (overdue) · from the meeting of 2027-01-11")
    }

    func testThemesWithLargestWeekOnWeekChangePerRegion() throws {
        let themes = try agenda().filter { $0.kind == .theme }
        XCTAssertEqual(themes.map(\.title), [
            "North · Unmet need ▲ +6 week on week", "North · Safety perception ▼ -4 week on week",
        ])
        XCTAssertEqual(themes[0].series, AgendaFixture.weeks([2, 8]))
        XCTAssertEqual(themes[0].series.count, 12)
        XCTAssertEqual(themes[0].evidence, [AgendaFixture.id(901).uuidString, AgendaFixture.id(902).uuidString])
        XCTAssertEqual(themes.map(\.flags), [[.rising], [.falling]])
    }

    func testOneQuickStatsLinePerRegion() throws {
        let stats = try agenda().filter { $0.kind == .stats }
        XCTAssertEqual(stats.map(\.title), ["North at a glance", "South at a glance"])
        XCTAssertEqual(
            stats[0].summary,
            "14 insights last week (▲ +4) · 1 open decision · 4 active clashes (1 critical) · 2 open actions")
        XCTAssertEqual(stats[1].summary, "6 insights last week (±0) · 0 open decisions · 1 active clash · 0 open actions")
        XCTAssertEqual(stats[0].series, AgendaFixture.weeks([10, 14]))
    }

    func testSameInputsGiveTheSameAgendaAndEveryItemHasATimeBox() throws {
        let first = try agenda()
        XCTAssertEqual(first, try agenda())
        XCTAssertEqual(Set(first.map(\.id)).count, first.count)
        XCTAssertTrue(first.allSatisfy { ($0.timeBoxMinutes ?? 0) > 0 })
    }

    func testSeveritiesRecordedForEveryActiveClash() throws {
        let recorded = AgendaBuilder.severitiesToRecord(try AgendaFixture.statuses())
        XCTAssertNil(recorded[AgendaFixture.clashG.id], "dismissed")
        XCTAssertEqual(recorded[AgendaFixture.clashD.id], 20)
        XCTAssertEqual(recorded.count, 7)
    }
}
