import Foundation

/// National voice / format (seed 000: "national educational formats", "one national voice").
///
/// Fires in two ways:
/// - **Local format against a national mandate.** The mandate is the latest decision (by
///   `decidedAt`, then id) with topic `educationalFormat`, national scope, status `decided`
///   and a resolution other than `deferred`: deciding educational format nationally is read as
///   setting a national format (outcome text is not parsed). A region is exempt when it has
///   its own decided, non-deferred `educationalFormat` decision with regional scope, decided
///   at or after the mandate. Otherwise every tactic of the region's plan whose kind is in
///   `educationalTacticKinds`, with format `local` and status `planned` or `inProgress`,
///   breaches it; one clash per region. Severity: `formatBase + min(local × pointsPerLocalTactic,
///   localTacticCap) + min(inProgress × pointsPerRunningTactic, runningCap)`.
/// - **Split RMD stances on a national-voice decision.** An `open` or `revisit` decision with
///   topic `nationalVoice` where, counting each RMD's latest stance, at least one supports and
///   one opposes. Severity: `splitBase + evenness × evennessPoints + min(minority ×
///   pointsPerMinorityRMD, minorityCap)`, with `minority = min(support, oppose)` and
///   `evenness = 2 × minority / (support + oppose)` (1 for an even split).
public struct NationalVoiceRule: ClashRule {
    /// Thresholds and weights (`clashes.nationalVoice`).
    public struct Settings: Codable, Hashable, Sendable {
        /// Tactic kinds that count as educational.
        public var educationalTacticKinds: [TacticKind]
        /// Base points for a region breaching the national format.
        public var formatBase: Double
        /// Points per local-format educational tactic.
        public var pointsPerLocalTactic: Double
        /// Most points from local tactics.
        public var localTacticCap: Double
        /// Points per such tactic already in progress.
        public var pointsPerRunningTactic: Double
        /// Most points from running tactics.
        public var runningCap: Double
        /// Base points for a split national-voice decision.
        public var splitBase: Double
        /// Points for a perfectly even split.
        public var evennessPoints: Double
        /// Points per RMD on the minority side.
        public var pointsPerMinorityRMD: Double
        /// Most points from the minority side.
        public var minorityCap: Double

        /// The built-in values.
        public static let defaults = Settings(
            educationalTacticKinds: [.educationalEvent], formatBase: 30, pointsPerLocalTactic: 12,
            localTacticCap: 36, pointsPerRunningTactic: 8, runningCap: 16, splitBase: 30,
            evennessPoints: 40, pointsPerMinorityRMD: 5, minorityCap: 20)

        /// Checks the ranges; errors name `clashes.nationalVoice.<key>`.
        public func validate() throws(ValidationError) {
            let prefix = "clashes.nationalVoice."
            if educationalTacticKinds.isEmpty {
                throw ValidationError(entity: "config", field: prefix + "educationalTacticKinds", reason: "must name at least one tactic kind")
            }
            for (key, value) in [
                ("formatBase", formatBase), ("pointsPerLocalTactic", pointsPerLocalTactic), ("localTacticCap", localTacticCap),
                ("pointsPerRunningTactic", pointsPerRunningTactic), ("runningCap", runningCap), ("splitBase", splitBase),
                ("evennessPoints", evennessPoints), ("pointsPerMinorityRMD", pointsPerMinorityRMD), ("minorityCap", minorityCap),
            ] {
                try ConfigCheck.nonNegative(value, prefix + key)
            }
        }
    }

    public let kind = ClashKind.nationalVoice

    /// Creates the rule.
    public init() {}

    /// Format breaches per region and split national-voice decisions.
    public func evaluate(_ snapshot: ClashSnapshot, config: ClashConfig, in scope: ClashScope) -> [Clash] {
        (formatBreaches(snapshot, config: config, in: scope) + splitDecisions(snapshot, config: config, in: scope))
            .filter(scope.contains)
    }

    /// When the rule fires and how it scores.
    public func helpText(config: ClashConfig) -> String {
        let s = config.nationalVoice
        let kinds = s.educationalTacticKinds.map(\.rawValue).joined(separator: ", ")
        return "Fires when a decided national educational-format decision (not deferred) is in force and a region without a "
            + "later regional exemption still plans local-format tactics of kind \(kinds) (severity \(plainNumber(s.formatBase)) + "
            + "\(plainNumber(s.pointsPerLocalTactic)) per tactic, max \(plainNumber(s.localTacticCap)), + \(plainNumber(s.pointsPerRunningTactic)) per tactic in progress, "
            + "max \(plainNumber(s.runningCap))); or when RMDs' latest stances on an open or revisited national-voice decision split between support and "
            + "oppose (severity \(plainNumber(s.splitBase)) + \(plainNumber(s.evennessPoints)) × evenness of the split + \(plainNumber(s.pointsPerMinorityRMD)) per RMD "
            + "on the minority side, max \(plainNumber(s.minorityCap)))."
    }

    /// A regional plan change affects its region; any decision change may move the mandate,
    /// an exemption or a split, so it re-evaluates the rule (cheap: plans and decisions only).
    public func scope(of change: DataChange, in snapshot: ClashSnapshot) -> ClashScope {
        switch change {
        case .planChanged(let planID):
            guard let plan = snapshot.plans.first(where: { $0.id == planID }) else { return .everything }
            return plan.scope.regionID.map { .regions([$0]) } ?? .nothing
        case .decisionChanged, .referenceDataChanged:
            return .everything
        case .insightLogged, .touchpointLogged, .triageChanged, .clockAdvanced:
            return .nothing
        }
    }

    /// The national educational-format mandate in force, if any.
    public static func mandate(in decisions: [Decision]) -> Decision? {
        decisions.filter { isBinding($0) && $0.scope == .national }.max { lhs, rhs in
            let left = lhs.decidedAt ?? lhs.createdAt
            let right = rhs.decidedAt ?? rhs.createdAt
            return left != right ? left < right : lhs.id.uuidString > rhs.id.uuidString
        }
    }

    private static func isBinding(_ decision: Decision) -> Bool {
        decision.topic == .educationalFormat && decision.status == .decided
            && decision.resolution != nil && decision.resolution != .deferred
    }

    private func formatBreaches(_ snapshot: ClashSnapshot, config: ClashConfig, in scope: ClashScope) -> [Clash] {
        guard let mandate = Self.mandate(in: snapshot.decisions) else { return [] }
        let settings = config.nationalVoice
        let mandateDate = mandate.decidedAt ?? mandate.createdAt
        let exempt = Set(snapshot.decisions.compactMap { decision -> RegionID? in
            guard Self.isBinding(decision), let region = decision.scope.regionID,
                  (decision.decidedAt ?? decision.createdAt) >= mandateDate else { return nil }
            return region
        })
        var clashes: [Clash] = []
        for (regionID, plan) in snapshot.regionalPlans.sorted(by: { $0.key < $1.key }) {
            let subjectID = "\(regionID)/format:educational"
            guard !exempt.contains(regionID), scope.includes(subjectID: subjectID, regionID: regionID) else { continue }
            let local = plan.tactics.filter {
                settings.educationalTacticKinds.contains($0.kind) && $0.format == .local
                    && ($0.status == .planned || $0.status == .inProgress)
            }
            guard !local.isEmpty else { continue }
            let running = local.filter { $0.status == .inProgress }.count
            var score = ScoreCard()
            score.add("national format breached", points: settings.formatBase)
            score.add("local-format educational tactics", value: Double(local.count), weight: settings.pointsPerLocalTactic, cap: settings.localTacticCap)
            score.add("already in progress", value: Double(running), weight: settings.pointsPerRunningTactic, cap: settings.runningCap)
            let regionName = snapshot.regionName(regionID)
            let titles = local.prefix(3).map { "“\($0.title)”" }.joined(separator: ", ")
            let fieldPosition = "\(regionName) runs \(local.count) local-format educational tactic\(local.count == 1 ? "" : "s") "
                + "in \(plan.id) (\(titles)\(local.count > 3 ? ", …" : ""))."
            let mode = mandate.resolution.map { " by \(Self.modeLabel($0))" } ?? ""
            let outcome = mandate.outcome.isEmpty ? "" : ": \(mandate.outcome)"
            let officePosition = "Decision “\(mandate.title)” set a national educational format\(mode)\(outcome)."
            let evidence = local.map { EvidenceRef(.tactic, "\(plan.id)#\($0.code)") }
                + [EvidenceRef(.decision, mandate.id.uuidString)]
            clashes.append(Clash(
                kind: kind, subject: ClashSubject(kind: .format, id: subjectID, label: "\(regionName) · educational format"),
                regionID: regionID, fieldPosition: fieldPosition, officePosition: officePosition,
                evidence: evidence, score: score, levels: config.levels))
        }
        return clashes
    }

    private func splitDecisions(_ snapshot: ClashSnapshot, config: ClashConfig, in scope: ClashScope) -> [Clash] {
        let settings = config.nationalVoice
        let candidates = snapshot.decisions.filter {
            $0.topic == .nationalVoice && ($0.status == .open || $0.status == .revisit)
                && scope.includes(subjectID: "decision:\($0.id.uuidString)", regionID: $0.scope.regionID)
        }
        guard !candidates.isEmpty else { return [] }
        let roles = Dictionary(snapshot.people.map { ($0.id, $0.role) }, uniquingKeysWith: { first, _ in first })
        let peopleNames = Dictionary(snapshot.people.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var clashes: [Clash] = []
        for decision in candidates {
            var latest: [PersonID: Stance] = [:]
            for stance in decision.stances where roles[stance.personID] == .rmd {
                if let current = latest[stance.personID], current.recordedAt > stance.recordedAt { continue }
                latest[stance.personID] = stance
            }
            let supporters = latest.values.filter { $0.position == .support }.map(\.personID).sorted()
            let opponents = latest.values.filter { $0.position == .oppose }.map(\.personID).sorted()
            guard !supporters.isEmpty, !opponents.isEmpty else { continue }
            let minority = min(supporters.count, opponents.count)
            let evenness = 2 * Double(minority) / Double(supporters.count + opponents.count)
            var score = ScoreCard()
            score.add("split national voice", points: settings.splitBase)
            score.add("evenness of the split (0…1)", value: evenness, weight: settings.evennessPoints)
            score.add("RMDs on the minority side", value: Double(minority), weight: settings.pointsPerMinorityRMD, cap: settings.minorityCap)
            let names = { (ids: [PersonID]) in ids.map { peopleNames[$0] ?? $0 }.joined(separator: ", ") }
            let fieldPosition = "The RMDs split \(supporters.count)–\(opponents.count) on “\(decision.title)”: "
                + "\(names(supporters)) support, \(names(opponents)) oppose."
            let officeCase = decision.officeCase.argument.isEmpty ? "" : " (\(decision.officeCase.argument))"
            let officePosition = "The office needs one national voice towards global on this \(decision.status.rawValue) decision\(officeCase)."
            clashes.append(Clash(
                kind: kind,
                subject: ClashSubject(kind: .decision, id: "decision:\(decision.id.uuidString)", label: decision.title),
                regionID: decision.scope.regionID, fieldPosition: fieldPosition, officePosition: officePosition,
                evidence: [EvidenceRef(.decision, decision.id.uuidString)] + decision.fieldCase.evidence + decision.officeCase.evidence,
                score: score, levels: config.levels))
        }
        return clashes
    }

    static func modeLabel(_ mode: ResolutionMode) -> String {
        switch mode {
        case .consensus: "consensus"
        case .compromise: "compromise"
        case .executiveRuling: "executive ruling"
        case .deferred: "deferral"
        }
    }
}
