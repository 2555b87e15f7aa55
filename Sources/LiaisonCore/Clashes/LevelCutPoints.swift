/// The severities at which a clash becomes medium, high and critical.
public struct LevelCutPoints: Codable, Hashable, Sendable {
    /// Lowest severity that is medium.
    public var medium: Int
    /// Lowest severity that is high.
    public var high: Int
    /// Lowest severity that is critical.
    public var critical: Int

    /// Creates cut points; `validate()` checks their order.
    public init(medium: Int, high: Int, critical: Int) {
        self.medium = medium
        self.high = high
        self.critical = critical
    }

    /// The level of a clash with `severity`.
    public func level(for severity: Int) -> ClashLevel {
        if severity >= critical { return .critical }
        if severity >= high { return .high }
        if severity >= medium { return .medium }
        return .low
    }

    /// Checks that 0 < medium < high < critical ≤ 100.
    public func validate() throws(ValidationError) {
        guard 0 < medium, medium < high, high < critical, critical <= 100 else {
            throw ValidationError(
                entity: "config", field: "clashes.levels",
                reason: "cut points must rise: 0 < medium (\(medium)) < high (\(high)) < critical (\(critical)) ≤ 100")
        }
    }
}
