import Foundation

/// Stalled decision (seed 000: conflict must end in a ruling, not linger).
///
/// Fires in two ways:
/// - **Escalated, still undecided.** A clash (other than a stalled-decision clash itself)
///   whose latest triage record is `escalated`,
///   made at least `escalationGraceDays` days before `now`, and no `decided` decision answers
///   it (neither the decision the record names nor any decision listing the clash in
///   `clashIDs`). Severity: `escalationBase + min((days − escalationGraceDays) ×
///   pointsPerDayStalled, stalledCap)` (+ `noDecisionDraftedPoints` when no decision exists at all).
/// - **Past its review date.** A decision with `reviewDate` before `now` whose status is not
///   `revisit` (`Decision.isOverdue`), at least `minDaysOverdue` whole days overdue. Severity:
///   `overdueBase + min(days × pointsPerDayOverdue, overdueCap)` (+ `deferredPoints` when it
///   was deferred).
public struct StalledDecisionRule: ClashRule {
    /// Thresholds and weights (`clashes.stalledDecision`).
    public struct Settings: Codable, Hashable, Sendable {
        /// Days an escalation may wait for a decision before it counts as stalled.
        public var escalationGraceDays: Int
        /// Base points for a stalled escalation.
        public var escalationBase: Double
        /// Points per day stalled beyond the grace period.
        public var pointsPerDayStalled: Double
        /// Most points from days stalled.
        public var stalledCap: Double
        /// Extra points when not even an open decision exists for the escalation.
        public var noDecisionDraftedPoints: Double
        /// Whole days past the review date before a decision counts as stalled.
        public var minDaysOverdue: Int
        /// Base points for a decision past its review date.
        public var overdueBase: Double
        /// Points per whole day past the review date.
        public var pointsPerDayOverdue: Double
        /// Most points from days overdue.
        public var overdueCap: Double
        /// Extra points when the overdue decision was deferred.
        public var deferredPoints: Double

        /// The built-in values.
        public static let defaults = Settings(
            escalationGraceDays: 14, escalationBase: 25, pointsPerDayStalled: 1, stalledCap: 40,
            noDecisionDraftedPoints: 15, minDaysOverdue: 0, overdueBase: 30, pointsPerDayOverdue: 0.5,
            overdueCap: 40, deferredPoints: 15)

        /// Checks the ranges; errors name `clashes.stalledDecision.<key>`.
        public func validate() throws(ValidationError) {
            let prefix = "clashes.stalledDecision."
            try ConfigCheck.nonNegative(escalationGraceDays, prefix + "escalationGraceDays")
            try ConfigCheck.nonNegative(minDaysOverdue, prefix + "minDaysOverdue")
            for (key, value) in [
                ("escalationBase", escalationBase), ("pointsPerDayStalled", pointsPerDayStalled),
                ("stalledCap", stalledCap), ("noDecisionDraftedPoints", noDecisionDraftedPoints),
                ("overdueBase", overdueBase), ("pointsPerDayOverdue", pointsPerDayOverdue),
                ("overdueCap", overdueCap), ("deferredPoints", deferredPoints),
            ] {
                try ConfigCheck.nonNegative(value, prefix + key)
            }
        }
    }

    public let kind = ClashKind.stalledDecision

    /// Creates the rule.
    public init() {}

    /// The subject id of the stalled escalation of clash `clashID`.
    public static func escalationSubjectID(_ clashID: String) -> String { "clash:\(clashID)" }

    /// Stalled escalations and overdue decisions.
    public func evaluate(_ snapshot: ClashSnapshot, config: ClashConfig, in scope: ClashScope) -> [Clash] {
        (stalledEscalations(snapshot, config: config, in: scope) + overdueDecisions(snapshot, config: config, in: scope))
            .filter(scope.contains)
    }

    /// When the rule fires and how it scores.
    public func helpText(config: ClashConfig) -> String {
        let s = config.stalledDecision
        return "Fires when a clash was escalated \(s.escalationGraceDays) or more days ago and no decided decision answers it "
            + "(severity \(plainNumber(s.escalationBase)) + \(plainNumber(s.pointsPerDayStalled)) per day beyond \(s.escalationGraceDays), max \(plainNumber(s.stalledCap)), "
            + "+ \(plainNumber(s.noDecisionDraftedPoints)) when no decision was even drafted); or when a decision is at least \(s.minDaysOverdue) "
            + "days past its review date and not reopened for revisit (severity \(plainNumber(s.overdueBase)) + \(plainNumber(s.pointsPerDayOverdue)) per day, "
            + "max \(plainNumber(s.overdueCap)), + \(plainNumber(s.deferredPoints)) if it was deferred)."
    }

    /// A triage change affects that escalation. A decision change affects that decision and
    /// every escalation (the decision may have gained or lost a link to any of them). The clock
    /// and reference data re-evaluate the rule.
    public func scope(of change: DataChange, in snapshot: ClashSnapshot) -> ClashScope {
        switch change {
        case .triageChanged(let clashID):
            return .subjects([Self.escalationSubjectID(clashID)])
        case .decisionChanged(let id):
            let escalations = snapshot.currentTriage.values.filter { $0.state == .escalated }
            return .subjects(Set(escalations.map { Self.escalationSubjectID($0.clashID) } + ["decision:\(id.uuidString)"]))
        case .clockAdvanced, .referenceDataChanged:
            return .everything
        case .insightLogged, .touchpointLogged, .planChanged:
            return .nothing
        }
    }

    private static func wholeDays(from start: Date, to end: Date) -> Int {
        Int((end.timeIntervalSince(start) / 86_400).rounded(.down))
    }

    private func stalledEscalations(_ snapshot: ClashSnapshot, config: ClashConfig, in scope: ClashScope) -> [Clash] {
        let settings = config.stalledDecision
        let escalations = snapshot.currentTriage.values.filter {
            $0.state == .escalated && !$0.clashID.hasPrefix(kind.rawValue + ":")
                && scope.includes(subjectID: Self.escalationSubjectID($0.clashID), regionID: nil)
        }
        guard !escalations.isEmpty else { return [] }
        var answering: [String: [Decision]] = [:]
        var decisionsByID: [UUID: Decision] = [:]
        for decision in snapshot.decisions {
            decisionsByID[decision.id] = decisionsByID[decision.id] ?? decision
            for clashID in decision.clashIDs { answering[clashID, default: []].append(decision) }
        }
        let names = Dictionary(snapshot.people.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        return escalations.compactMap { record -> Clash? in
            let days = Self.wholeDays(from: record.at, to: snapshot.now)
            guard days >= settings.escalationGraceDays else { return nil }
            var linked = answering[record.clashID] ?? []
            if let id = record.decisionID, !linked.contains(where: { $0.id == id }), let named = decisionsByID[id] {
                linked.append(named)
            }
            guard !linked.contains(where: { $0.status == .decided }) else { return nil }
            linked.sort { $0.id.uuidString < $1.id.uuidString }
            var score = ScoreCard()
            score.add("escalation without a decision", points: settings.escalationBase)
            score.add(
                "days stalled beyond \(settings.escalationGraceDays)", value: Double(days - settings.escalationGraceDays),
                weight: settings.pointsPerDayStalled, cap: settings.stalledCap)
            if linked.isEmpty { score.add("no decision drafted", points: settings.noDecisionDraftedPoints) }
            let who = names[record.by] ?? record.by
            let draft = linked.first.map { "decision “\($0.title)” is still \($0.status.rawValue)" } ?? "no decision has been drafted"
            return Clash(
                kind: kind,
                subject: ClashSubject(
                    kind: .escalation, id: Self.escalationSubjectID(record.clashID), label: "Escalation of \(record.clashID)"),
                regionID: nil,
                fieldPosition: "\(who) escalated clash \(record.clashID) \(days) days ago and is waiting for a ruling.",
                officePosition: "No decision has been made: \(draft).",
                evidence: linked.map { EvidenceRef(.decision, $0.id.uuidString) }, score: score, levels: config.levels)
        }
    }

    private func overdueDecisions(_ snapshot: ClashSnapshot, config: ClashConfig, in scope: ClashScope) -> [Clash] {
        let settings = config.stalledDecision
        return snapshot.decisions.compactMap { decision -> Clash? in
            let subjectID = "decision:\(decision.id.uuidString)"
            guard scope.includes(subjectID: subjectID, regionID: decision.scope.regionID),
                  decision.isOverdue(at: snapshot.now), let reviewDate = decision.reviewDate
            else { return nil }
            let days = Self.wholeDays(from: reviewDate, to: snapshot.now)
            guard days >= settings.minDaysOverdue else { return nil }
            var score = ScoreCard()
            score.add("past its review date", points: settings.overdueBase)
            score.add("days overdue", value: Double(days), weight: settings.pointsPerDayOverdue, cap: settings.overdueCap)
            if decision.resolution == .deferred { score.add("deferred", points: settings.deferredPoints) }
            let state = decision.resolution == .deferred ? "was deferred" : "is \(decision.status.rawValue)"
            return Clash(
                kind: kind,
                subject: ClashSubject(kind: .decision, id: subjectID, label: decision.title),
                regionID: decision.scope.regionID,
                fieldPosition: "“\(decision.title)” \(state) and its review is \(days) days overdue.",
                officePosition: "Nobody has reopened it for revisit since the review date passed.",
                evidence: [EvidenceRef(.decision, decision.id.uuidString)], score: score, levels: config.levels)
        }
    }
}
