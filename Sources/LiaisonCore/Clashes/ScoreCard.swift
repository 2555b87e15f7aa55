import Foundation

/// One line of a severity explanation: what was measured, how many points each unit is
/// worth, and the points it added (after any cap).
public struct ScoreTerm: Codable, Hashable, Sendable, CustomStringConvertible {
    public var label: String
    /// The measured quantity, e.g. a rank gap of 3.
    public var value: Double
    /// Points per unit of `value`.
    public var weight: Double
    /// Points added to the severity: `value × weight`, capped when `cap` is set.
    public var points: Double
    /// The most points this term may add, if limited.
    public var cap: Double?

    /// Creates a term; `points` is `value × weight`, limited to `cap`.
    public init(label: String, value: Double, weight: Double, cap: Double? = nil) {
        self.label = label
        self.value = value
        self.weight = weight
        self.cap = cap
        let raw = value * weight
        self.points = cap.map { Swift.min(raw, $0) } ?? raw
    }

    /// e.g. `rank gap: 3 × 12 = 36 (max 40)`.
    public var description: String {
        let capText = cap.map { " (max \(Self.format($0)))" } ?? ""
        return "\(label): \(Self.format(value)) × \(Self.format(weight)) = \(Self.format(points))\(capText)"
    }

    static func format(_ number: Double) -> String {
        number == number.rounded() ? String(Int(number)) : String(format: "%.2f", number)
    }
}

/// Collects score terms and turns them into a severity 0…100.
public struct ScoreCard: Hashable, Sendable {
    public private(set) var terms: [ScoreTerm] = []

    /// Creates an empty card.
    public init() {}

    /// Adds a term of `value × weight` points, limited to `cap`.
    public mutating func add(_ label: String, value: Double, weight: Double, cap: Double? = nil) {
        terms.append(ScoreTerm(label: label, value: value, weight: weight, cap: cap))
    }

    /// Adds a fixed number of points.
    public mutating func add(_ label: String, points: Double) {
        terms.append(ScoreTerm(label: label, value: 1, weight: points))
    }

    /// The sum of all points, rounded and clamped to 0…100.
    public var severity: Int {
        let total = terms.reduce(0) { $0 + $1.points }
        return Swift.max(0, Swift.min(100, Int(total.rounded())))
    }
}

/// A number as shown in help and explanations: whole numbers without decimals.
func plainNumber(_ number: Double) -> String { ScoreTerm.format(number) }
