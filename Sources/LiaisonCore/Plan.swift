/// How far a plan has got through approval.
public enum PlanStatus: String, Codable, CaseIterable, Sendable {
    case draft
    case inReview
    case approved
}

/// A national or regional plan for one period: ranked objectives, tactics, study-site
/// nominations and the planned channel mix.
public struct Plan: Codable, Hashable, Sendable, Identifiable {
    public var id: PlanID
    /// e.g. `2027-H1`.
    public var period: String
    public var scope: PlanScope
    public var status: PlanStatus
    public var objectives: [Objective]
    public var tactics: [Tactic]
    public var studySites: [StudySiteNomination]
    public var channelMix: [ChannelShare]
    /// Set on the national plan; insights answer one of these.
    public var listeningPriorities: [ListeningPriority]

    /// Creates a plan, rejecting duplicate objective codes or ranks.
    public init(
        id: PlanID, period: String, scope: PlanScope, status: PlanStatus,
        objectives: [Objective], tactics: [Tactic] = [], studySites: [StudySiteNomination] = [],
        channelMix: [ChannelShare] = [], listeningPriorities: [ListeningPriority] = []
    ) throws(ValidationError) {
        self.id = id
        self.period = period
        self.scope = scope
        self.status = status
        self.objectives = objectives
        self.tactics = tactics
        self.studySites = studySites
        self.channelMix = channelMix
        self.listeningPriorities = listeningPriorities
        try validate()
    }

    /// Objectives in rank order.
    public var rankedObjectives: [Objective] { objectives.sorted { $0.rank < $1.rank } }

    /// The objective with `code`, if the plan has it.
    public func objective(_ code: String) -> Objective? { objectives.first { $0.code == code } }

    /// Checks the plan and every part of it.
    public func validate() throws(ValidationError) {
        try Check.slug(id, prefix: "plan", "plan", "id")
        if period.wholeMatch(of: /\d{4}-(H[12]|Q[1-4]|FY)/) == nil {
            throw ValidationError(entity: "plan", field: "period", reason: "'\(period)' is not a period like 2027-H1")
        }
        for objective in objectives { try objective.validate() }
        for tactic in tactics { try tactic.validate() }
        for site in studySites { try site.validate() }
        for share in channelMix { try share.validate() }
        if Set(objectives.map(\.code)).count != objectives.count {
            throw ValidationError(entity: "plan", field: "objectives", reason: "objective codes repeat")
        }
        if Set(objectives.map(\.rank)).count != objectives.count {
            throw ValidationError(entity: "plan", field: "objectives", reason: "two objectives share a rank")
        }
        if Set(tactics.map(\.code)).count != tactics.count {
            throw ValidationError(entity: "plan", field: "tactics", reason: "tactic codes repeat")
        }
        for tactic in tactics {
            if let code = tactic.objectiveCode, objective(code) == nil {
                throw ValidationError(
                    entity: "tactic", field: "objectiveCode",
                    reason: "'\(code)' is not an objective of \(id)")
            }
        }
    }
}
