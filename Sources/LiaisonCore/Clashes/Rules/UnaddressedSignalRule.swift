/// Unaddressed field signal (seed 000): doctors in a region keep raising a theme that no
/// objective of the region's plan or of the national plan covers (`Objective.theme`).
///
/// Fires, per `ThemeActivity` row (region × theme), when `recentCount ≥ minRecentCount`,
/// `growthPercent ≥ minGrowthPercent`, and no objective of the national plan or the region's
/// plan has that theme.
///
/// Severity: `base + min(recentCount × pointsPerRecentInsight, volumeCap)
/// + min(max(0, growthPercent) × pointsPerGrowthPercent, growthCap)`.
public struct UnaddressedSignalRule: ClashRule {
    /// Thresholds and weights (`clashes.unaddressedSignal`).
    public struct Settings: Codable, Hashable, Sendable {
        /// Length N of the recent window (and of the previous window before it), in days.
        public var windowDays: Int
        /// How many insight ids the store samples per row as evidence.
        public var sampleSize: Int
        /// Fewest recent insights that make a signal.
        public var minRecentCount: Int
        /// Least growth (percent, previous → recent window) that makes a signal; 0 = not shrinking.
        public var minGrowthPercent: Double
        /// Base points.
        public var base: Double
        /// Points per recent insight.
        public var pointsPerRecentInsight: Double
        /// Most points from volume.
        public var volumeCap: Double
        /// Points per percent of growth.
        public var pointsPerGrowthPercent: Double
        /// Most points from growth.
        public var growthCap: Double

        /// The built-in values.
        public static let defaults = Settings(
            windowDays: 28, sampleSize: 5, minRecentCount: 10, minGrowthPercent: 0, base: 15,
            pointsPerRecentInsight: 1.5, volumeCap: 45, pointsPerGrowthPercent: 0.25, growthCap: 35)

        /// Checks the ranges; errors name `clashes.unaddressedSignal.<key>`.
        public func validate() throws(ValidationError) {
            let prefix = "clashes.unaddressedSignal."
            try ConfigCheck.positive(windowDays, prefix + "windowDays")
            try ConfigCheck.within(sampleSize, 0...100, prefix + "sampleSize")
            try ConfigCheck.positive(minRecentCount, prefix + "minRecentCount")
            try ConfigCheck.nonNegative(base, prefix + "base")
            try ConfigCheck.nonNegative(pointsPerRecentInsight, prefix + "pointsPerRecentInsight")
            try ConfigCheck.nonNegative(volumeCap, prefix + "volumeCap")
            try ConfigCheck.nonNegative(pointsPerGrowthPercent, prefix + "pointsPerGrowthPercent")
            try ConfigCheck.nonNegative(growthCap, prefix + "growthCap")
            if !minGrowthPercent.isFinite || minGrowthPercent < -100 {
                throw ValidationError(
                    entity: "config", field: prefix + "minGrowthPercent", reason: "must be −100 or more (is \(minGrowthPercent))")
            }
        }
    }

    public let kind = ClashKind.unaddressedSignal

    /// Creates the rule.
    public init() {}

    /// The subject id of a region × theme pair.
    public static func subjectID(regionID: RegionID, theme: ThemeCode) -> String {
        "\(regionID)/theme:\(theme)"
    }

    /// One clash per region × theme whose signal is strong and uncovered.
    public func evaluate(_ snapshot: ClashSnapshot, config: ClashConfig, in scope: ClashScope) -> [Clash] {
        let settings = config.unaddressedSignal
        let national = snapshot.nationalPlan
        let nationalThemes = Set(national?.objectives.compactMap(\.theme) ?? [])
        var regionalThemes: [RegionID: Set<ThemeCode>] = [:]
        var clashes: [Clash] = []
        for activity in snapshot.themeActivity {
            let subjectID = Self.subjectID(regionID: activity.regionID, theme: activity.theme)
            guard scope.includes(subjectID: subjectID, regionID: activity.regionID),
                  activity.recentCount >= settings.minRecentCount,
                  activity.growthPercent >= settings.minGrowthPercent,
                  !nationalThemes.contains(activity.theme)
            else { continue }
            if regionalThemes[activity.regionID] == nil {
                let plan = snapshot.plan(for: activity.regionID)
                regionalThemes[activity.regionID] = Set(plan?.objectives.compactMap(\.theme) ?? [])
            }
            if regionalThemes[activity.regionID]!.contains(activity.theme) { continue }
            clashes.append(clash(activity, snapshot: snapshot, national: national, config: config))
        }
        return clashes
    }

    private func clash(_ activity: ThemeActivity, snapshot: ClashSnapshot, national: Plan?, config: ClashConfig) -> Clash {
        let settings = config.unaddressedSignal
        let regionName = snapshot.regionName(activity.regionID)
        let themeName = snapshot.themeName(activity.theme)
        let growth = activity.growthPercent
        var score = ScoreCard()
        score.add("signal base", points: settings.base)
        score.add("recent insights", value: Double(activity.recentCount), weight: settings.pointsPerRecentInsight, cap: settings.volumeCap)
        score.add("growth (%)", value: max(0, growth), weight: settings.pointsPerGrowthPercent, cap: settings.growthCap)
        let growthText = growth >= 0 ? "+\(Int(growth.rounded()))%" : "\(Int(growth.rounded()))%"
        let fieldPosition = "\(regionName) logged \(activity.recentCount) “\(themeName)” insights in the last "
            + "\(settings.windowDays) days (\(activity.previousCount) in the \(settings.windowDays) days before, \(growthText))."
        let regionalPlan = snapshot.plan(for: activity.regionID)
        let plansText = [national?.id, regionalPlan?.id].compactMap { $0 }.joined(separator: " and ")
        let officePosition = plansText.isEmpty
            ? "No plan is in place that could cover “\(themeName)”."
            : "No objective in \(plansText) addresses “\(themeName)”."
        var evidence = activity.sampleInsightIDs.map { EvidenceRef(.insight, $0.uuidString) }
        evidence += [national?.id, regionalPlan?.id].compactMap { $0 }.map { EvidenceRef(.plan, $0) }
        return Clash(
            kind: kind,
            subject: ClashSubject(
                kind: .theme, id: Self.subjectID(regionID: activity.regionID, theme: activity.theme),
                label: "\(regionName) · \(themeName)"),
            regionID: activity.regionID, fieldPosition: fieldPosition, officePosition: officePosition,
            evidence: evidence, score: score, levels: config.levels)
    }

    /// When the rule fires and how it scores.
    public func helpText(config: ClashConfig) -> String {
        let s = config.unaddressedSignal
        return "Fires when a region logged \(s.minRecentCount) or more insights on a theme in the last \(s.windowDays) days, "
            + "grew by at least \(plainNumber(s.minGrowthPercent))% over the \(s.windowDays) days before, and no objective of the national or "
            + "the regional plan has that theme. Severity: \(plainNumber(s.base)) + \(plainNumber(s.pointsPerRecentInsight)) per recent insight "
            + "(max \(plainNumber(s.volumeCap))) + \(plainNumber(s.pointsPerGrowthPercent)) per % of growth (max \(plainNumber(s.growthCap)))."
    }

    /// A new insight affects its region × theme; a regional plan its region; the national
    /// plan, the clock or reference data everything.
    public func scope(of change: DataChange, in snapshot: ClashSnapshot) -> ClashScope {
        switch change {
        case .insightLogged(let regionID, let theme):
            return .subjects([Self.subjectID(regionID: regionID, theme: theme)])
        case .planChanged(let planID):
            return .ofPlan(planID, in: snapshot)
        case .clockAdvanced, .referenceDataChanged:
            return .everything
        case .touchpointLogged, .decisionChanged, .triageChanged:
            return .nothing
        }
    }
}
