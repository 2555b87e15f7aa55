import Foundation

extension DecisionTopic {
    /// The topic a decision about `clash` takes:
    /// - national voice / format: `educationalFormat` when a region's format is the subject,
    ///   `nationalVoice` when RMD stances on a decision split;
    /// - study-site selection: `studyEntry`;
    /// - channel mix vs needle: `channelMix`;
    /// - priority divergence and unaddressed field signal: `resourceAllocation` (where the
    ///   field's time and the plan's objectives go);
    /// - role overreach and stalled decision about one decision: that decision's topic when
    ///   `subjectDecision` is given; otherwise, and for touchpoint noise (coordination across
    ///   functions, which no RACI topic owns), `other`.
    public static func forClash(_ clash: Clash, subjectDecision: Decision? = nil) -> DecisionTopic {
        switch clash.kind {
        case .nationalVoice: clash.subject.kind == .format ? .educationalFormat : .nationalVoice
        case .studySite: .studyEntry
        case .channelMix: .channelMix
        case .priorityDivergence, .unaddressedSignal: .resourceAllocation
        case .roleOverreach, .stalledDecision: subjectDecision?.topic ?? .other
        case .touchpointNoise: .other
        }
    }
}

extension Decision {
    /// An open decision drafted from an escalated clash: the topic from `DecisionTopic.forClash`,
    /// the clash's region as scope (national when it has none), the field and office positions
    /// as the two cases with the clash's evidence, the clash id linked, and the insights among
    /// the evidence linked too.
    public static func escalating(
        _ clash: Clash, id: UUID, title: String? = nil, topic: DecisionTopic? = nil, subjectDecision: Decision? = nil,
        createdBy: PersonID, createdAt: Date
    ) throws(ValidationError) -> Decision {
        let insightIDs = clash.evidence.filter { $0.kind == .insight }.compactMap { UUID(uuidString: $0.id) }
        return try Decision(
            id: id, title: title ?? "\(clash.kind.label): \(clash.subject.label)",
            topic: topic ?? DecisionTopic.forClash(clash, subjectDecision: subjectDecision),
            scope: clash.regionID.map(PlanScope.region) ?? .national,
            fieldCase: Case(argument: clash.fieldPosition, evidence: clash.evidence),
            officeCase: Case(argument: clash.officePosition, evidence: clash.evidence),
            clashIDs: [clash.id], insightIDs: insightIDs, createdBy: createdBy, createdAt: createdAt)
    }
}
