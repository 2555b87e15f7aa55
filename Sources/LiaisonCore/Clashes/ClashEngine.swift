/// Runs the clash rules over a snapshot: all at once, or incrementally after one change.
public struct ClashEngine: Sendable {
    /// The rules this engine runs.
    public var rules: [any ClashRule]

    /// The rules Liaison ships with.
    public static let standardRules: [any ClashRule] = [
        PriorityDivergenceRule(),
        UnaddressedSignalRule(),
        StudySiteSelectionRule(),
        NationalVoiceRule(),
        RoleOverreachRule(),
        StalledDecisionRule(),
        ChannelMixRule(),
        TouchpointNoiseRule(),
    ]

    /// Creates an engine running `rules`.
    public init(rules: [any ClashRule] = ClashEngine.standardRules) {
        self.rules = rules
    }

    /// Every clash in `snapshot`, most severe first, then by id.
    public func evaluateAll(_ snapshot: ClashSnapshot, config: ClashConfig) -> [Clash] {
        rules.flatMap { $0.evaluate(snapshot, config: config) }.sorted(by: Clash.ranksBefore)
    }

    /// The clashes after `change`, given the clashes before it (in the order this engine
    /// returns them) and the snapshot after it. Only the rules and subjects `change` can
    /// affect are re-evaluated; the result equals `evaluateAll(snapshot, config:)` when
    /// `previous` was computed by this engine with the same config from the snapshot before
    /// the change.
    public func update(
        previous: [Clash], snapshot: ClashSnapshot, config: ClashConfig, change: DataChange
    ) -> [Clash] {
        var result = previous
        apply(change, to: &result, snapshot: snapshot, config: config)
        return result
    }

    /// `update(previous:snapshot:config:change:)` in place: when `clashes` is not shared,
    /// nothing is copied, so a one-insight update costs the affected rule plus a few moves.
    public func apply(_ change: DataChange, to clashes: inout [Clash], snapshot: ClashSnapshot, config: ClashConfig) {
        for rule in rules {
            let scope = rule.scope(of: change, in: snapshot)
            if scope.isEmpty { continue }
            let fresh = rule.evaluate(snapshot, config: config, in: scope).filter(scope.contains)
            let kind = rule.kind
            let stale = clashes.indices.filter { clashes[$0].kind == kind && scope.contains(clashes[$0]) }
            if stale.count > 16 {
                clashes.removeAll { $0.kind == kind && scope.contains($0) }
            } else {
                for index in stale.reversed() { clashes.remove(at: index) }
            }
            if fresh.count > 16 {
                clashes = Self.merge(clashes, fresh.sorted(by: Clash.ranksBefore))
            } else {
                for clash in fresh { Self.insertRanked(clash, into: &clashes) }
            }
        }
    }

    private static func insertRanked(_ clash: Clash, into list: inout [Clash]) {
        var low = 0
        var high = list.count
        while low < high {
            let mid = (low + high) / 2
            if Clash.ranksBefore(list[mid], clash) { low = mid + 1 } else { high = mid }
        }
        list.insert(clash, at: low)
    }

    /// Merges two lists already in rank order into one.
    private static func merge(_ lhs: [Clash], _ rhs: [Clash]) -> [Clash] {
        var merged: [Clash] = []
        merged.reserveCapacity(lhs.count + rhs.count)
        var left = 0
        var right = 0
        while left < lhs.count && right < rhs.count {
            if Clash.ranksBefore(rhs[right], lhs[left]) {
                merged.append(rhs[right])
                right += 1
            } else {
                merged.append(lhs[left])
                left += 1
            }
        }
        merged.append(contentsOf: lhs[left...])
        merged.append(contentsOf: rhs[right...])
        return merged
    }
}
