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
    ]

    /// Creates an engine running `rules`.
    public init(rules: [any ClashRule] = ClashEngine.standardRules) {
        self.rules = rules
    }

    /// Every clash in `snapshot`, most severe first, then by id.
    public func evaluateAll(_ snapshot: ClashSnapshot, config: ClashConfig) -> [Clash] {
        rules.flatMap { $0.evaluate(snapshot, config: config) }.sorted(by: Clash.ranksBefore)
    }

    /// The clashes after `change`, given the clashes before it and the snapshot after it.
    /// Only the rules and subjects `change` can affect are re-evaluated; the result equals
    /// `evaluateAll(snapshot, config:)` when `previous` was computed by this engine with the
    /// same config from the snapshot before the change.
    public func update(
        previous: [Clash], snapshot: ClashSnapshot, config: ClashConfig, change: DataChange
    ) -> [Clash] {
        var result = previous
        for rule in rules {
            let scope = rule.scope(of: change, in: snapshot)
            if scope.isEmpty { continue }
            result.removeAll { $0.kind == rule.kind && scope.contains($0) }
            let fresh = rule.evaluate(snapshot, config: config, in: scope).filter(scope.contains)
            for clash in fresh { insertRanked(clash, into: &result) }
        }
        return result
    }

    private func insertRanked(_ clash: Clash, into list: inout [Clash]) {
        var low = 0
        var high = list.count
        while low < high {
            let mid = (low + high) / 2
            if Clash.ranksBefore(list[mid], clash) { low = mid + 1 } else { high = mid }
        }
        list.insert(clash, at: low)
    }
}
