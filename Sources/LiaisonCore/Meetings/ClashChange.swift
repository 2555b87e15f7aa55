/// How a clash compares with what the previous meeting saw.
public enum ClashChange: String, Codable, CaseIterable, Sendable {
    /// Not active at the previous meeting (or there was no previous meeting).
    case new
    /// Severity rose by at least the configured step, or the level went up.
    case worsened
    /// Same, lower, or risen less than the step.
    case unchanged

    /// Compares `severity` now with `previous` (nil when the clash was not seen before).
    public static func classify(
        severity: Int, previous: Int?, step: Int, levels: LevelCutPoints
    ) -> ClashChange {
        guard let previous else { return .new }
        if severity - previous >= step || levels.level(for: severity) > levels.level(for: previous) {
            return .worsened
        }
        return .unchanged
    }
}

/// An active clash compared with the previous meeting.
public struct ClashComparison: Hashable, Sendable {
    public var clash: Clash
    /// The severity the previous meeting recorded; nil when it did not see the clash.
    public var previousSeverity: Int?
    public var change: ClashChange
    public var disposition: ClashDisposition

    /// Creates a comparison.
    public init(clash: Clash, previousSeverity: Int?, change: ClashChange, disposition: ClashDisposition) {
        self.clash = clash
        self.previousSeverity = previousSeverity
        self.change = change
        self.disposition = disposition
    }
}
