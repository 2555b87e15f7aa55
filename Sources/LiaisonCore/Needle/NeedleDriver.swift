/// One of the five drivers that set the face-to-face ↔ digital needle (seed 001).
public enum NeedleDriver: String, Codable, CaseIterable, Sendable {
    /// How hard the product is to explain (`Product.complexity`).
    case complexity
    /// Where the product is in its life (`Product.lifecycleStage`).
    case lifecycle
    /// How many of the audience can be visited in person.
    case access
    /// How many of the audience prefer face-to-face contact.
    case preference
    /// How much the company wants "feet on the street" (configured).
    case vision

    /// The name shown to users, e.g. `F2F access`.
    public var label: String {
        switch self {
        case .complexity: "Complexity"
        case .lifecycle: "Lifecycle"
        case .access: "F2F access"
        case .preference: "Customer preference"
        case .vision: "Company vision"
        }
    }
}

/// One driver's score, 0 (all digital) … 100 (all face to face), with the sentence that
/// explains it. A nil score means there was no data (no HCPs in the audience).
public struct NeedleDriverScore: Codable, Hashable, Sendable {
    public var driver: NeedleDriver
    /// 0…100, or nil when there is no data.
    public var score: Double?
    /// Why the driver scores what it does, in one sentence.
    public var explanation: String

    /// Creates a driver score.
    public init(driver: NeedleDriver, score: Double?, explanation: String) {
        self.driver = driver
        self.score = score
        self.explanation = explanation
    }

    /// True when the score rests on data.
    public var hasData: Bool { score != nil }
}
