/// The kinds of field/office tension the clash engine detects (DESIGN.md, "Clashes").
public enum ClashKind: String, Codable, CaseIterable, Sendable {
    case priorityDivergence
    case unaddressedSignal
    case studySite
    case nationalVoice
    case channelMix
    case touchpointNoise
    case roleOverreach
    case stalledDecision

    /// A short label for tables, e.g. `Priority divergence`.
    public var label: String {
        switch self {
        case .priorityDivergence: "Priority divergence"
        case .unaddressedSignal: "Unaddressed field signal"
        case .studySite: "Study-site selection"
        case .nationalVoice: "National voice / format"
        case .channelMix: "Channel mix vs needle"
        case .touchpointNoise: "Touchpoint noise"
        case .roleOverreach: "Role overreach"
        case .stalledDecision: "Stalled decision"
        }
    }
}

/// How urgent a clash is, from its severity and the configured cut points.
public enum ClashLevel: String, Codable, CaseIterable, Sendable, Comparable {
    case low
    case medium
    case high
    case critical

    private var order: Int {
        switch self {
        case .low: 0
        case .medium: 1
        case .high: 2
        case .critical: 3
        }
    }

    public static func < (lhs: ClashLevel, rhs: ClashLevel) -> Bool { lhs.order < rhs.order }
}
