import Foundation

extension AgendaBuilder {
    // MARK: 3. Open actions

    func actionItems(_ inputs: AgendaInputs) -> [AgendaItem] {
        let now = inputs.now
        let open = inputs.openActions
            .filter { $0.action.status == .open && $0.meetingDate < inputs.week.start }
            .sorted { (lhs: MeetingAction, rhs: MeetingAction) -> Bool in
                let leftOverdue = lhs.isOverdue(at: now)
                let rightOverdue = rhs.isOverdue(at: now)
                if leftOverdue != rightOverdue { return leftOverdue }
                if lhs.action.due != rhs.action.due { return lhs.action.due < rhs.action.due }
                return lhs.action.title < rhs.action.title
            }
        return open.map { entry in
            let action = entry.action
            let overdue = entry.isOverdue(at: inputs.now)
            let summary = "owner \(Self.name(action.ownerID, inputs.people)) · due \(AgendaText.day(action.due))"
                + (overdue ? " (overdue)" : "") + " · from the meeting of \(AgendaText.day(entry.meetingDate))"
            return AgendaItem(
                id: Self.itemID(inputs.week, "action/\(action.id.uuidString)"), source: AgendaItemKind.action.rawValue,
                title: action.title, reference: action.id.uuidString, summary: summary,
                evidence: [action.id.uuidString, entry.meetingID.uuidString], flags: overdue ? [.overdue] : [],
                timeBoxMinutes: settings.timeBox(.action))
        }
    }

    // MARK: 4. Themes

    /// Per region (in the given order), the themes whose last week moved the most, at least
    /// `minimumThemeChange` up or down; largest move first, then theme code.
    public func themeMovers(_ regions: [RegionActivity]) -> [ThemeMover] {
        var result: [ThemeMover] = []
        for region in regions {
            let movers = region.themeSeries
                .map { entry in ThemeMover(regionID: region.regionID, theme: entry.key, series: entry.value) }
                .filter { mover in abs(mover.change) >= settings.minimumThemeChange }
                .sorted(by: Self.movesMore)
            result += movers.prefix(settings.themesPerRegion)
        }
        return result
    }

    private static func movesMore(_ lhs: ThemeMover, _ rhs: ThemeMover) -> Bool {
        let left = abs(lhs.change)
        let right = abs(rhs.change)
        return left != right ? left > right : lhs.theme < rhs.theme
    }

    func themeItems(_ inputs: AgendaInputs) -> [AgendaItem] {
        let names = Dictionary(uniqueKeysWithValues: inputs.regions.map { ($0.regionID, $0.name) })
        return themeMovers(inputs.regions).map { mover in
            let themeName = inputs.themeNames[mover.theme] ?? mover.theme
            let arrow = mover.change > 0 ? "▲" : "▼"
            let sign = mover.change > 0 ? "+" : ""
            let total = mover.series.reduce(0, +)
            let samples = inputs.themeSamples[mover.key] ?? []
            return AgendaItem(
                id: Self.itemID(inputs.week, "theme/\(mover.key)"), source: AgendaItemKind.theme.rawValue,
                title: "\(names[mover.regionID] ?? mover.regionID) · \(themeName) \(arrow) \(sign)\(mover.change) week on week",
                reference: mover.key,
                summary: "\(mover.previous) → \(mover.latest) insights a week · \(total) in \(mover.series.count) weeks",
                evidence: samples.map(\.uuidString), flags: [mover.change > 0 ? .rising : .falling], series: mover.series,
                timeBoxMinutes: settings.timeBox(.theme))
        }
    }

    // MARK: 5. Quick stats

    func statsItems(_ inputs: AgendaInputs) -> [AgendaItem] {
        let regionOfPerson = Dictionary(inputs.people.map { ($0.id, $0.regionID) }, uniquingKeysWith: { first, _ in first })
        return inputs.regions.map { region in
            let active = inputs.clashes.compactMap { $0.disposition.isActive ? $0.clash : nil }
                .filter { $0.regionID == region.regionID }
            let critical = active.filter { $0.level == .critical }.count
            let decisions = inputs.decisions.filter {
                $0.scope == .region(region.regionID) && ($0.status == .open || $0.status == .revisit)
            }.count
            let actions = inputs.openActions.filter {
                $0.action.status == .open && regionOfPerson[$0.action.ownerID] == region.regionID
            }.count
            let latest = region.weeklyInsights.last ?? 0
            let previous = region.weeklyInsights.count >= 2 ? region.weeklyInsights[region.weeklyInsights.count - 2] : 0
            let delta = latest - previous
            let deltaText = delta == 0 ? "±0" : delta > 0 ? "▲ +\(delta)" : "▼ \(delta)"
            var clashText = "\(active.count) active clash" + (active.count == 1 ? "" : "es")
            if critical > 0 { clashText += " (\(critical) critical)" }
            let summary = [
                "\(latest) insights last week (\(deltaText))",
                "\(decisions) open decision" + (decisions == 1 ? "" : "s"),
                clashText,
                "\(actions) open action" + (actions == 1 ? "" : "s"),
            ].joined(separator: " · ")
            return AgendaItem(
                id: Self.itemID(inputs.week, "stats/\(region.regionID)"), source: AgendaItemKind.stats.rawValue,
                title: "\(region.name) at a glance", reference: region.regionID, summary: summary,
                evidence: active.prefix(5).map(\.id), series: region.weeklyInsights,
                timeBoxMinutes: settings.timeBox(.stats))
        }
    }
}
