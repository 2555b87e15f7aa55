import Foundation
import GRDB
import LiaisonCore

extension LiaisonStore {
    /// The data of the weekly report for `week`, read at `now`: the week's meeting, the
    /// decisions taken during the week, the week's actions, still-open actions and the
    /// earlier actions its agenda reviewed (whatever their status now), 12-week theme
    /// trends, active clashes per region and level (from `clashes`) and decisions per
    /// resolution mode.
    public func weeklyReport(week: MeetingWeek, now: Date, clashes: any ClashSource, seriesWeeks: Int = 12) throws -> WeeklyReport {
        let meeting = try self.meeting(week: week)
        let regions = try self.regions().map { WeeklyReport.RegionName(id: $0.id, name: $0.name) }
        let people = try self.people()
        let decisions = try allDecisions()
        let taken = decisions
            .filter { $0.status != .open && $0.decidedAt.map(week.contains) == true }
            .sorted { ($0.decidedAt ?? $0.createdAt, $0.id.uuidString) < ($1.decidedAt ?? $1.createdAt, $1.id.uuidString) }
        let agreed = try actions(agreedFrom: week.start, to: week.end)
        let reviewedIDs = (meeting?.agenda ?? []).filter { $0.kind == .action }
            .compactMap { $0.reference.flatMap(UUID.init(uuidString:)) }
        let reviewed = try read { db in
            try Self.actions(
                db, where: "a.id IN (\(reviewedIDs.map { _ in "?" }.joined(separator: ",")))",
                arguments: StatementArguments(reviewedIDs.map(\.uuidString)))
        }
        let carried = (try openActions(before: week.start) + reviewed)
            .reduce(into: [MeetingAction]()) { list, entry in
                if !list.contains(where: { $0.id == entry.id }) { list.append(entry) }
            }
            .sorted { ($0.action.due, $0.id.uuidString) < ($1.action.due, $1.id.uuidString) }
        let counts = try weeklyThemeCounts(weeks: seriesWeeks, endingWith: week)
        let themeNames = Dictionary(uniqueKeysWithValues: taxonomy.themes.map { ($0.code, $0.name) })
        var totals: [ThemeCode: [Int]] = [:]
        for byTheme in counts.values {
            for (theme, series) in byTheme {
                var sum = totals[theme] ?? Array(repeating: 0, count: seriesWeeks)
                for (index, value) in series.enumerated() { sum[index] += value }
                totals[theme] = sum
            }
        }
        let trends = totals.map { WeeklyReport.ThemeTrend(theme: $0.key, name: themeNames[$0.key] ?? $0.key, series: $0.value) }
            .sorted { ($0.series.reduce(0, +), $1.theme) > ($1.series.reduce(0, +), $0.theme) }
        let labels = (0..<seriesWeeks).map { offset in
            "W" + String(week.adding(weeks: offset - seriesWeeks + 1).description.suffix(2))
        }
        let active = try clashes.clashStatuses(now: now).filter { $0.disposition.isActive }.compactMap(\.clash)
        var clashCounts: [WeeklyReport.ClashCount] = []
        for scope in [nil] + regions.map(\.id) as [RegionID?] {
            let inScope = active.filter { $0.regionID == scope }
            guard !inScope.isEmpty else { continue }
            let label = scope.flatMap { id in regions.first { $0.id == id }?.name } ?? "National"
            clashCounts.append(WeeklyReport.ClashCount(
                regionID: scope, label: label, byLevel: Dictionary(grouping: inScope, by: \.level).mapValues(\.count)))
        }
        let decided = decisions.filter { ($0.decidedAt ?? .distantFuture) < week.end }
        let byMode = ResolutionMode.allCases.map { mode in
            WeeklyReport.ModeCount(mode: mode, count: decided.filter { $0.resolution == mode }.count)
        }
        var names: [PersonID: String] = [:]
        for person in people { names[person.id] = person.name }
        return WeeklyReport(
            week: week, asOf: now, meeting: meeting, peopleNames: names, regions: regions, decisionsTaken: taken,
            actions: agreed + carried.filter { carriedAction in !agreed.contains { $0.id == carriedAction.id } },
            weekLabels: labels, themeTrends: trends, clashCounts: clashCounts, decisionsByMode: byMode)
    }
}
