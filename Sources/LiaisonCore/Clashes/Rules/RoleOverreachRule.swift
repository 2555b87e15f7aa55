import Foundation

/// Role overreach (seed 000: "precise role definitions", risk of overreach).
///
/// Fires in two ways:
/// - **Decided outside the role definitions.** A `decided` decision whose `decidedBy` person's
///   role is not Accountable for its topic in `RoleDefinitions` (an unknown person counts as
///   outside the RACI). Severity: `overreachBase` (+ `executiveRulingPoints` for an executive
///   ruling) + the points of the decider's RACI letter: `responsiblePoints`,
///   `consultedPoints`, `informedPoints` or `outsideRACIPoints` (the first that applies).
/// - **Executive rulings crowd out consensus.** Among the last `windowSize` decided decisions
///   (by `decidedAt`, newest first), at least `minDecisionsInWindow` exist and the share of
///   executive rulings is above `maxExecutiveShare`. Severity: `crowdingBase + min((share −
///   maxExecutiveShare) × 100 × pointsPerExcessPercent, excessCap)` (+ `noConsensusPoints`
///   when none of them was a consensus).
public struct RoleOverreachRule: ClashRule {
    /// Thresholds and weights (`clashes.roleOverreach`).
    public struct Settings: Codable, Hashable, Sendable {
        /// Base points for a decision made without being Accountable.
        public var overreachBase: Double
        /// Extra points when that decision was an executive ruling.
        public var executiveRulingPoints: Double
        /// Points when the decider's role is Responsible for the topic.
        public var responsiblePoints: Double
        /// Points when the decider's role is only Consulted.
        public var consultedPoints: Double
        /// Points when the decider's role is only Informed.
        public var informedPoints: Double
        /// Points when the decider's role has no RACI letter for the topic.
        public var outsideRACIPoints: Double
        /// How many recent decided decisions the crowding check looks at.
        public var windowSize: Int
        /// Fewest decided decisions in the window before the crowding check applies.
        public var minDecisionsInWindow: Int
        /// Highest acceptable share (0…1) of executive rulings in the window.
        public var maxExecutiveShare: Double
        /// Base points for executive rulings crowding out consensus.
        public var crowdingBase: Double
        /// Points per percentage point of executive-ruling share above the limit.
        public var pointsPerExcessPercent: Double
        /// Most points from the excess share.
        public var excessCap: Double
        /// Extra points when no decision in the window was reached by consensus.
        public var noConsensusPoints: Double

        /// The built-in values.
        public static let defaults = Settings(
            overreachBase: 25, executiveRulingPoints: 30, responsiblePoints: 0, consultedPoints: 8,
            informedPoints: 15, outsideRACIPoints: 20, windowSize: 10, minDecisionsInWindow: 5,
            maxExecutiveShare: 0.5, crowdingBase: 30, pointsPerExcessPercent: 1.2, excessCap: 40,
            noConsensusPoints: 15)

        /// Checks the ranges; errors name `clashes.roleOverreach.<key>`.
        public func validate() throws(ValidationError) {
            let prefix = "clashes.roleOverreach."
            try ConfigCheck.positive(windowSize, prefix + "windowSize")
            try ConfigCheck.within(minDecisionsInWindow, 1...windowSize, prefix + "minDecisionsInWindow")
            try ConfigCheck.fraction(maxExecutiveShare, prefix + "maxExecutiveShare")
            for (key, value) in [
                ("overreachBase", overreachBase), ("executiveRulingPoints", executiveRulingPoints),
                ("responsiblePoints", responsiblePoints), ("consultedPoints", consultedPoints),
                ("informedPoints", informedPoints), ("outsideRACIPoints", outsideRACIPoints),
                ("crowdingBase", crowdingBase), ("pointsPerExcessPercent", pointsPerExcessPercent),
                ("excessCap", excessCap), ("noConsensusPoints", noConsensusPoints),
            ] {
                try ConfigCheck.nonNegative(value, prefix + key)
            }
        }
    }

    public let kind = ClashKind.roleOverreach
    /// The subject id of the crowding-out clash.
    public static let patternSubjectID = "decisions:recent"

    /// Creates the rule.
    public init() {}

    /// Overreaching decisions and the crowding-out pattern.
    public func evaluate(_ snapshot: ClashSnapshot, config: ClashConfig, in scope: ClashScope) -> [Clash] {
        var clashes = overreaches(snapshot, config: config, in: scope)
        if scope.includes(subjectID: Self.patternSubjectID, regionID: nil), let pattern = crowding(snapshot, config: config) {
            clashes.append(pattern)
        }
        return clashes.filter(scope.contains)
    }

    /// When the rule fires and how it scores.
    public func helpText(config: ClashConfig) -> String {
        let s = config.roleOverreach
        return "Fires when a decision is decided by someone whose role is not Accountable for its topic in roles.json "
            + "(severity \(plainNumber(s.overreachBase)), + \(plainNumber(s.executiveRulingPoints)) for an executive ruling, + \(plainNumber(s.responsiblePoints)) / "
            + "\(plainNumber(s.consultedPoints)) / \(plainNumber(s.informedPoints)) / \(plainNumber(s.outsideRACIPoints)) when the decider is Responsible / Consulted / "
            + "Informed / outside the RACI); or when more than \(plainNumber(s.maxExecutiveShare * 100))% of the last \(s.windowSize) decided "
            + "decisions (at least \(s.minDecisionsInWindow)) were executive rulings (severity \(plainNumber(s.crowdingBase)) + "
            + "\(plainNumber(s.pointsPerExcessPercent)) per point above the limit, max \(plainNumber(s.excessCap)), + \(plainNumber(s.noConsensusPoints)) without any consensus)."
    }

    /// A decision change affects that decision and the pattern; people or roles everything.
    public func scope(of change: DataChange, in snapshot: ClashSnapshot) -> ClashScope {
        switch change {
        case .decisionChanged(let id): .subjects(["decision:\(id.uuidString)", Self.patternSubjectID])
        case .referenceDataChanged: .everything
        case .insightLogged, .touchpointLogged, .planChanged, .triageChanged, .clockAdvanced: .nothing
        }
    }

    private func overreaches(_ snapshot: ClashSnapshot, config: ClashConfig, in scope: ClashScope) -> [Clash] {
        let settings = config.roleOverreach
        let candidates = snapshot.decisions.filter {
            $0.status == .decided && $0.decidedBy != nil
                && scope.includes(subjectID: "decision:\($0.id.uuidString)", regionID: $0.scope.regionID)
        }
        guard !candidates.isEmpty else { return [] }
        let people = Dictionary(snapshot.people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return candidates.compactMap { decision -> Clash? in
            guard let deciderID = decision.decidedBy else { return nil }
            let decider = people[deciderID]
            if let role = decider?.role, snapshot.roles.isAccountable(role, for: decision.topic) { return nil }
            let raci = snapshot.roles.raci(for: decision.topic)
            let (letter, letterPoints) = Self.letter(of: decider?.role, in: raci, settings: settings)
            var score = ScoreCard()
            score.add("decided without being Accountable", points: settings.overreachBase)
            if decision.resolution == .executiveRuling {
                score.add("executive ruling", points: settings.executiveRulingPoints)
            }
            score.add("decider is \(letter)", points: letterPoints)
            let who = decider.map { "\($0.name) (\($0.role.label))" } ?? deciderID
            let mode = decision.resolution.map { NationalVoiceRule.modeLabel($0) } ?? "an unrecorded mode"
            let accountable = raci.accountable.map(\.label).joined(separator: " or ")
            let fieldPosition = "\(who) decided “\(decision.title)” by \(mode)."
            let officePosition = "The role definitions make \(accountable.isEmpty ? "nobody" : accountable) Accountable for "
                + "\(decision.topic.rawValue) decisions; the decider's role is \(letter)."
            return Clash(
                kind: kind,
                subject: ClashSubject(kind: .decision, id: "decision:\(decision.id.uuidString)", label: decision.title),
                regionID: decision.scope.regionID, fieldPosition: fieldPosition, officePosition: officePosition,
                evidence: [EvidenceRef(.decision, decision.id.uuidString)], score: score, levels: config.levels)
        }
    }

    private static func letter(of role: PersonRole?, in raci: RACI, settings: Settings) -> (String, Double) {
        guard let role else { return ("outside the RACI", settings.outsideRACIPoints) }
        if raci.responsible.contains(role) { return ("Responsible", settings.responsiblePoints) }
        if raci.consulted.contains(role) { return ("Consulted", settings.consultedPoints) }
        if raci.informed.contains(role) { return ("Informed", settings.informedPoints) }
        return ("outside the RACI", settings.outsideRACIPoints)
    }

    private func crowding(_ snapshot: ClashSnapshot, config: ClashConfig) -> Clash? {
        let settings = config.roleOverreach
        let window = snapshot.decisions.filter { $0.status == .decided }.sorted { lhs, rhs in
            let left = lhs.decidedAt ?? lhs.createdAt
            let right = rhs.decidedAt ?? rhs.createdAt
            return left != right ? left > right : lhs.id.uuidString < rhs.id.uuidString
        }.prefix(settings.windowSize)
        guard window.count >= settings.minDecisionsInWindow else { return nil }
        let rulings = window.filter { $0.resolution == .executiveRuling }
        let consensus = window.filter { $0.resolution == .consensus }.count
        let share = Double(rulings.count) / Double(window.count)
        guard share > settings.maxExecutiveShare else { return nil }
        var score = ScoreCard()
        score.add("executive rulings crowd out consensus", points: settings.crowdingBase)
        score.add(
            "share above limit (percentage points)", value: (share - settings.maxExecutiveShare) * 100,
            weight: settings.pointsPerExcessPercent, cap: settings.excessCap)
        if consensus == 0 { score.add("no consensus in the window", points: settings.noConsensusPoints) }
        let percent = Int((share * 100).rounded())
        let limit = Int((settings.maxExecutiveShare * 100).rounded())
        return Clash(
            kind: kind,
            subject: ClashSubject(kind: .decisionPattern, id: Self.patternSubjectID, label: "Last \(window.count) decisions"),
            regionID: nil,
            fieldPosition: "Only \(consensus) of the last \(window.count) decisions were reached by consensus.",
            officePosition: "Executive rulings settled \(rulings.count) of the last \(window.count) decisions (\(percent)%), above the \(limit)% limit.",
            evidence: rulings.map { EvidenceRef(.decision, $0.id.uuidString) }, score: score, levels: config.levels)
    }
}
