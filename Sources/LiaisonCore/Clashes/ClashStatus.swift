/// Where a clash stands once triage is taken into account.
public enum ClashDisposition: String, Codable, CaseIterable, Sendable {
    /// Detected, not triaged yet.
    case open
    case acknowledged
    case dismissed
    case escalated
    /// Marked resolved by a person.
    case resolved
    /// Triaged earlier, but its cause has gone: the rules no longer raise it.
    case resolvedByData

    /// True when the clash still asks for attention (open, acknowledged or escalated).
    public var isActive: Bool {
        switch self {
        case .open, .acknowledged, .escalated: true
        case .dismissed, .resolved, .resolvedByData: false
        }
    }
}

/// A clash id with its current computation (if it still computes) and its latest triage.
public struct ClashStatus: Codable, Hashable, Sendable, Identifiable {
    public var clashID: String
    /// The clash as computed now; nil when it no longer computes.
    public var clash: Clash?
    /// The latest triage record, if any.
    public var triage: ClashTriage?
    public var disposition: ClashDisposition

    public var id: String { clashID }

    /// Creates a status.
    public init(clashID: String, clash: Clash?, triage: ClashTriage?, disposition: ClashDisposition) {
        self.clashID = clashID
        self.clash = clash
        self.triage = triage
        self.disposition = disposition
    }

    /// Merges the current clashes with the stored triage records.
    ///
    /// Every current clash appears, in the given order, with the state of its latest triage
    /// record (or `open`). Then every triaged clash that no longer computes appears, by id,
    /// as `resolvedByData` — unless a person already marked it `resolved`, which stays.
    /// Untriaged clashes that stopped computing simply disappear.
    public static func merge(clashes: [Clash], triage records: [ClashTriage]) -> [ClashStatus] {
        let latest = ClashTriage.latest(records)
        var statuses = clashes.map { clash in
            let record = latest[clash.id]
            return ClashStatus(clashID: clash.id, clash: clash, triage: record, disposition: record.map { disposition(of: $0.state) } ?? .open)
        }
        let current = Set(clashes.map(\.id))
        for (clashID, record) in latest.sorted(by: { $0.key < $1.key }) where !current.contains(clashID) {
            let disposition: ClashDisposition = record.state == .resolved ? .resolved : .resolvedByData
            statuses.append(ClashStatus(clashID: clashID, clash: nil, triage: record, disposition: disposition))
        }
        return statuses
    }

    private static func disposition(of state: ClashTriageState) -> ClashDisposition {
        switch state {
        case .acknowledged: .acknowledged
        case .dismissed: .dismissed
        case .escalated: .escalated
        case .resolved: .resolved
        }
    }
}
