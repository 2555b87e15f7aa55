/// Range checks for config values, naming the dotted key on failure.
enum ConfigCheck {
    static func positive(_ value: Int, _ key: String) throws(ValidationError) {
        if value <= 0 { throw ValidationError(entity: "config", field: key, reason: "must be greater than 0 (is \(value))") }
    }

    static func nonNegative(_ value: Double, _ key: String) throws(ValidationError) {
        if value < 0 || !value.isFinite {
            throw ValidationError(entity: "config", field: key, reason: "must be 0 or more (is \(value))")
        }
    }

    static func nonNegative(_ value: Int, _ key: String) throws(ValidationError) {
        try nonNegative(Double(value), key)
    }

    static func fraction(_ value: Double, _ key: String) throws(ValidationError) {
        if !(0...1).contains(value) {
            throw ValidationError(entity: "config", field: key, reason: "must be between 0 and 1 (is \(value))")
        }
    }

    static func within(_ value: Int, _ range: ClosedRange<Int>, _ key: String) throws(ValidationError) {
        if !range.contains(value) {
            throw ValidationError(
                entity: "config", field: key,
                reason: "must be within \(range.lowerBound)…\(range.upperBound) (is \(value))")
        }
    }
}
