import LiaisonCore

/// Where Enter on an evidence row goes.
public struct EvidenceTarget: Sendable, Equatable {
    public var screen: Screen
    public var focus: ScreenFocus?
}

/// One evidence record with a readable label and where it opens.
public struct EvidenceItem: Sendable, Equatable {
    public var ref: EvidenceRef
    public var label: String
    /// Nil when no screen shows this kind of record on its own.
    public var target: EvidenceTarget?
}

/// A clash as the detail view shows it.
public struct ClashDetail: Sendable, Equatable {
    public var status: ClashStatus
    public var evidence: [EvidenceItem]
    /// Triage steps, oldest first.
    public var history: [ClashTriage]
    /// When the rule fires and how it scores.
    public var ruleHelp: String
}
