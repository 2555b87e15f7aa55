/// How much each driver counts in the needle (`needle.weights`). Any non-negative numbers;
/// they are normalised to sum to 1 over the drivers that have data.
public struct NeedleWeights: Codable, Hashable, Sendable {
    public var complexity: Double
    public var lifecycle: Double
    public var access: Double
    public var preference: Double
    public var vision: Double

    /// Creates weights; `validate()` checks them.
    public init(complexity: Double, lifecycle: Double, access: Double, preference: Double, vision: Double) {
        self.complexity = complexity
        self.lifecycle = lifecycle
        self.access = access
        self.preference = preference
        self.vision = vision
    }

    /// Every driver counts the same.
    public static let equal = NeedleWeights(complexity: 1, lifecycle: 1, access: 1, preference: 1, vision: 1)

    /// The weight of `driver`.
    public subscript(driver: NeedleDriver) -> Double {
        get {
            switch driver {
            case .complexity: complexity
            case .lifecycle: lifecycle
            case .access: access
            case .preference: preference
            case .vision: vision
            }
        }
        set {
            switch driver {
            case .complexity: complexity = newValue
            case .lifecycle: lifecycle = newValue
            case .access: access = newValue
            case .preference: preference = newValue
            case .vision: vision = newValue
            }
        }
    }

    /// Checks that no weight is negative (or not a number) and that not all are 0.
    public func validate() throws(ValidationError) {
        for driver in NeedleDriver.allCases {
            let value = self[driver]
            if !value.isFinite || value < 0 {
                throw ValidationError(entity: "config", field: "needle.weights.\(driver.rawValue)", reason: "must be 0 or more (is \(value))")
            }
        }
        if NeedleDriver.allCases.allSatisfy({ self[$0] == 0 }) {
            throw ValidationError(
                entity: "config", field: "needle.weights",
                reason: "all five weights are 0; give at least one driver a weight above 0")
        }
    }

    /// These weights scaled to sum to 1 over `drivers`; every other driver gets 0.
    /// Throws when the weights are invalid or `drivers` all weigh 0.
    public func normalised(over drivers: Set<NeedleDriver> = Set(NeedleDriver.allCases)) throws(ValidationError) -> NeedleWeights {
        try validate()
        let total = drivers.reduce(0) { $0 + self[$1] }
        guard total > 0 else {
            let names = NeedleDriver.allCases.filter(drivers.contains).map(\.rawValue).joined(separator: ", ")
            throw ValidationError(
                entity: "config", field: "needle.weights",
                reason: "the drivers with data (\(names)) all have weight 0, so no needle can be set")
        }
        var result = NeedleWeights(complexity: 0, lifecycle: 0, access: 0, preference: 0, vision: 0)
        for driver in drivers { result[driver] = self[driver] / total }
        return result
    }
}
