/// The five driver scores for a product and an audience, each 0 (all digital) … 100 (all
/// face to face) with an explanation.
///
/// - complexity: `(complexity − 1) × 25` (1 → 0, 5 → 100);
/// - lifecycle: `needle.lifecycleScores[stage]`;
/// - F2F access: `(100 × open + restrictedAccessScore × restricted + 0 × none) / audience`;
/// - customer preference: `100 × (faceToFace + 0.5 × mixed) / audience` (remote and digital add 0);
/// - company vision: `needle.companyVision`.
///
/// With no HCPs in the audience, access and preference have no data (nil scores).
public struct NeedleDrivers: Codable, Hashable, Sendable {
    public var complexity: NeedleDriverScore
    public var lifecycle: NeedleDriverScore
    public var access: NeedleDriverScore
    public var preference: NeedleDriverScore
    public var vision: NeedleDriverScore

    /// Creates drivers from their scores.
    public init(
        complexity: NeedleDriverScore, lifecycle: NeedleDriverScore, access: NeedleDriverScore,
        preference: NeedleDriverScore, vision: NeedleDriverScore
    ) {
        self.complexity = complexity
        self.lifecycle = lifecycle
        self.access = access
        self.preference = preference
        self.vision = vision
    }

    /// Scores the five drivers; throws when the config has no score for the product's
    /// lifecycle stage.
    public static func score(product: Product, audience: HCPAudience, config: NeedleConfig) throws(ValidationError) -> NeedleDrivers {
        NeedleDrivers(
            complexity: complexityScore(product),
            lifecycle: try lifecycleScore(product, config: config),
            access: accessScore(audience, config: config),
            preference: preferenceScore(audience),
            vision: NeedleDriverScore(
                driver: .vision, score: config.companyVision,
                explanation: "Company vision is set to \(plainNumber(config.companyVision)) in the config (needle.companyVision)."))
    }

    /// The five scores in `NeedleDriver.allCases` order.
    public var all: [NeedleDriverScore] { [complexity, lifecycle, access, preference, vision] }

    /// The score of `driver`.
    public subscript(driver: NeedleDriver) -> NeedleDriverScore {
        switch driver {
        case .complexity: complexity
        case .lifecycle: lifecycle
        case .access: access
        case .preference: preference
        case .vision: vision
        }
    }

    private static func complexityScore(_ product: Product) -> NeedleDriverScore {
        let score = Double(product.complexity - 1) * 25
        let meaning = product.complexity >= 4
            ? "hard to explain, which calls for face-to-face expertise"
            : product.complexity <= 2 ? "simple enough for non-personal channels" : "in between"
        return NeedleDriverScore(
            driver: .complexity, score: score,
            explanation: "\(product.name) has complexity \(product.complexity) of 5 (\(meaning)): (\(product.complexity) − 1) × 25 = \(plainNumber(score)).")
    }

    private static func lifecycleScore(_ product: Product, config: NeedleConfig) throws(ValidationError) -> NeedleDriverScore {
        let stage = product.lifecycleStage.rawValue
        let score = try config.lifecycleScore(for: product.lifecycleStage)
        return NeedleDriverScore(
            driver: .lifecycle, score: score,
            explanation: "\(product.name) is at lifecycle stage \(stage), scored \(plainNumber(score)) (needle.lifecycleScores.\(stage)).")
    }

    private static func accessScore(_ audience: HCPAudience, config: NeedleConfig) -> NeedleDriverScore {
        guard audience.size > 0 else {
            return NeedleDriverScore(driver: .access, score: nil, explanation: "No data: the audience has no HCPs, so F2F access is left out.")
        }
        let points = 100 * Double(audience.accessOpen) + config.restrictedAccessScore * Double(audience.accessRestricted)
        let score = points / Double(audience.size)
        return NeedleDriverScore(
            driver: .access, score: score,
            explanation: "Of \(audience.size) HCPs, \(audience.accessOpen) have open, \(audience.accessRestricted) restricted "
                + "(counted as \(plainNumber(config.restrictedAccessScore))) and \(audience.accessNone) no face-to-face access: "
                + "\(rounded(score)).")
    }

    private static func preferenceScore(_ audience: HCPAudience) -> NeedleDriverScore {
        guard audience.size > 0 else {
            return NeedleDriverScore(
                driver: .preference, score: nil, explanation: "No data: the audience has no HCPs, so customer preference is left out.")
        }
        let score = 100 * (Double(audience.preferringFaceToFace) + 0.5 * Double(audience.preferringMixed)) / Double(audience.size)
        return NeedleDriverScore(
            driver: .preference, score: score,
            explanation: "Of \(audience.size) HCPs, \(audience.preferringFaceToFace) prefer face to face, \(audience.preferringMixed) "
                + "a mix (counted half) and \(audience.preferringRemote + audience.preferringDigital) remote or digital: \(rounded(score)).")
    }

    static func rounded(_ value: Double) -> String { String(Int(value.rounded())) }
}
