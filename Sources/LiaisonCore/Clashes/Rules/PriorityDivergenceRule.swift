/// Priority divergence (seed 000): a region ranks a national objective far from where the
/// national plan ranks it, or leaves out one of the national top objectives.
///
/// Fires, per region plan × national objective, when the region ranks the objective
/// `minRankGap` or more places away from the national rank, or when the region's plan lacks
/// an objective the national plan ranks `omittedTopN` or better.
///
/// Severity: `importance = max(0, importanceRanks + 1 − national rank)`;
/// a rank gap scores `gapBase + gap × pointsPerRankGap + importance × pointsPerImportance`;
/// an omission scores `omissionBase + importance × pointsPerImportance`.
public struct PriorityDivergenceRule: ClashRule {
    /// Thresholds and weights (`clashes.priorityDivergence`).
    public struct Settings: Codable, Hashable, Sendable {
        /// Rank distance at which a divergence fires.
        public var minRankGap: Int
        /// National objectives ranked this high or better must appear in every regional plan.
        public var omittedTopN: Int
        /// Base points for a rank gap.
        public var gapBase: Double
        /// Points per place of rank gap.
        public var pointsPerRankGap: Double
        /// Base points for an omitted national top objective.
        public var omissionBase: Double
        /// National ranks that carry importance points (rank 1 gets the most).
        public var importanceRanks: Int
        /// Points per importance step.
        public var pointsPerImportance: Double

        /// The built-in values.
        public static let defaults = Settings(
            minRankGap: 2, omittedTopN: 3, gapBase: 15, pointsPerRankGap: 10, omissionBase: 45,
            importanceRanks: 5, pointsPerImportance: 6)

        /// Checks the ranges; errors name `clashes.priorityDivergence.<key>`.
        public func validate() throws(ValidationError) {
            let prefix = "clashes.priorityDivergence."
            try ConfigCheck.positive(minRankGap, prefix + "minRankGap")
            try ConfigCheck.nonNegative(omittedTopN, prefix + "omittedTopN")
            try ConfigCheck.nonNegative(gapBase, prefix + "gapBase")
            try ConfigCheck.nonNegative(pointsPerRankGap, prefix + "pointsPerRankGap")
            try ConfigCheck.nonNegative(omissionBase, prefix + "omissionBase")
            try ConfigCheck.nonNegative(importanceRanks, prefix + "importanceRanks")
            try ConfigCheck.nonNegative(pointsPerImportance, prefix + "pointsPerImportance")
        }
    }

    public let kind = ClashKind.priorityDivergence

    /// Creates the rule.
    public init() {}

    /// One clash per regional plan × national objective that diverges.
    public func evaluate(_ snapshot: ClashSnapshot, config: ClashConfig, in scope: ClashScope) -> [Clash] {
        guard let national = snapshot.nationalPlan else { return [] }
        let settings = config.priorityDivergence
        var clashes: [Clash] = []
        for (regionID, plan) in snapshot.regionalPlans where scope.isEverything || scope.regionIDs.contains(regionID) {
            let regionName = snapshot.regionName(regionID)
            for objective in national.rankedObjectives {
                let subject = ClashSubject(
                    kind: .objective, id: "\(regionID)/\(objective.code)", label: "\(regionName) · \(objective.title)")
                guard scope.includes(subjectID: subject.id, regionID: regionID) else { continue }
                let importance = Double(max(0, settings.importanceRanks + 1 - objective.rank))
                var score = ScoreCard()
                let fieldPosition: String
                var evidence = [EvidenceRef(.objective, "\(national.id)#\(objective.code)")]
                if let regional = plan.objective(objective.code) {
                    let gap = abs(regional.rank - objective.rank)
                    guard gap >= settings.minRankGap else { continue }
                    score.add("divergence base", points: settings.gapBase)
                    score.add("rank gap (places)", value: Double(gap), weight: settings.pointsPerRankGap)
                    fieldPosition = "\(regionName) ranks “\(objective.title)” \(Ordinal.text(regional.rank)) in \(plan.id), "
                        + "\(gap) places \(regional.rank > objective.rank ? "below" : "above") the national rank."
                    evidence.append(EvidenceRef(.objective, "\(plan.id)#\(regional.code)"))
                } else {
                    guard objective.rank <= settings.omittedTopN else { continue }
                    score.add("omitted national top-\(settings.omittedTopN) objective", points: settings.omissionBase)
                    fieldPosition = "\(regionName) leaves “\(objective.title)” out of \(plan.id) entirely."
                    evidence.append(EvidenceRef(.plan, plan.id))
                }
                score.add("national importance (rank \(objective.rank))", value: importance, weight: settings.pointsPerImportance)
                let officePosition = "The national plan \(national.id) ranks “\(objective.title)” "
                    + "\(Ordinal.text(objective.rank)) of \(national.objectives.count) (KPI: \(objective.kpiTarget))."
                clashes.append(Clash(
                    kind: kind, subject: subject, regionID: regionID, fieldPosition: fieldPosition,
                    officePosition: officePosition, evidence: evidence, score: score, levels: config.levels))
            }
        }
        return clashes
    }

    /// When the rule fires and how it scores.
    public func helpText(config: ClashConfig) -> String {
        let s = config.priorityDivergence
        return "Fires when a region ranks a national objective \(s.minRankGap) or more places away from its national rank, "
            + "or leaves out a national top-\(s.omittedTopN) objective. Severity: \(plainNumber(s.gapBase)) + \(plainNumber(s.pointsPerRankGap)) per place "
            + "of gap (an omission scores \(plainNumber(s.omissionBase)) instead), plus \(plainNumber(s.pointsPerImportance)) per step of national "
            + "importance (rank 1 = \(s.importanceRanks) steps, rank \(s.importanceRanks) = 1)."
    }

    /// A regional plan change affects its region; a national plan change (or a plan no
    /// longer in the snapshot) affects every region.
    public func scope(of change: DataChange, in snapshot: ClashSnapshot) -> ClashScope {
        switch change {
        case .planChanged(let planID):
            return .ofPlan(planID, in: snapshot)
        case .referenceDataChanged:
            return .everything
        case .insightLogged, .touchpointLogged, .decisionChanged, .triageChanged, .clockAdvanced:
            return .nothing
        }
    }
}
