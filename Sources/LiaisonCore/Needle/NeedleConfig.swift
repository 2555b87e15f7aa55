import Foundation

/// The `needle` section of `config.json`: company vision, driver weights, lifecycle scores,
/// how restricted access counts, and which specialties make up a therapeutic area's audience.
///
/// Like `ClashConfig`, the defaults hold every key and config files are overlays: any key
/// may be left out; unknown keys and wrong types are errors naming the dotted key. The one
/// exception is `audienceSpecialties`, a table of therapeutic areas: a file that sets it
/// replaces the whole table, so areas can be added and removed.
public struct NeedleConfig: Codable, Hashable, Sendable {
    /// How much the company wants face-to-face presence, 0…100 (the vision driver's score).
    public var companyVision: Double
    /// How much each driver counts.
    public var weights: NeedleWeights
    /// The lifecycle driver's score per `LifecycleStage` raw value, each 0…100.
    public var lifecycleScores: [String: Double]
    /// What an HCP with restricted face-to-face access adds to the access driver, 0…100
    /// (open access adds 100, none adds 0).
    public var restrictedAccessScore: Double
    /// Specialties in a therapeutic area's audience, keyed by area (see `specialties(for:)`).
    public var audienceSpecialties: [String: [String]]

    /// Creates a config; `validate()` checks it.
    public init(
        companyVision: Double, weights: NeedleWeights, lifecycleScores: [String: Double],
        restrictedAccessScore: Double, audienceSpecialties: [String: [String]]
    ) {
        self.companyVision = companyVision
        self.weights = weights
        self.lifecycleScores = lifecycleScores
        self.restrictedAccessScore = restrictedAccessScore
        self.audienceSpecialties = audienceSpecialties
    }

    /// The built-in values, used for any key no config file sets.
    public static let defaults = NeedleConfig(
        companyVision: 60,
        weights: .equal,
        lifecycleScores: ["prelaunch": 100, "launch": 90, "growth": 60, "mature": 30, "lossOfExclusivity": 10],
        restrictedAccessScore: 50,
        audienceSpecialties: [
            "Cardiometabolic": ["Cardiology", "Internal medicine", "Nephrology", "General practice"],
            "Oncology": ["Medical oncology", "Pulmonology (thoracic oncology)", "Haematology/oncology", "Pathology"],
            "Respiratory": ["Pulmonology", "Internal medicine", "General practice"],
        ])

    /// The lifecycle driver's score for `stage`; an error naming the stage when the table
    /// has none.
    public func lifecycleScore(for stage: LifecycleStage) throws(ValidationError) -> Double {
        guard let score = lifecycleScores[stage.rawValue] else {
            let known = lifecycleScores.keys.sorted().joined(separator: ", ")
            throw ValidationError(
                entity: "config", field: "needle.lifecycleScores.\(stage.rawValue)",
                reason: "no score for lifecycle stage '\(stage.rawValue)' (scored stages: \(known.isEmpty ? "none" : known))")
        }
        return score
    }

    /// The specialties in `product`'s audience, or nil (every HCP) when no key matches its
    /// therapeutic area. A key matches when the area equals it or starts with it followed by
    /// a space, ignoring case (`Respiratory` matches `Respiratory (COPD)`); the longest
    /// matching key wins.
    public func specialties(for product: Product) -> [String]? {
        let area = product.therapeuticArea.lowercased()
        let matching = audienceSpecialties.keys.filter { key in
            let lowered = key.lowercased()
            return area == lowered || area.hasPrefix(lowered + " ")
        }
        guard let key = matching.max(by: { ($0.count, $1) < ($1.count, $0) }) else { return nil }
        return audienceSpecialties[key]
    }

    /// Checks every value; the error names the dotted key.
    public func validate() throws(ValidationError) {
        try Self.percent(companyVision, "needle.companyVision")
        try Self.percent(restrictedAccessScore, "needle.restrictedAccessScore")
        try weights.validate()
        for stage in LifecycleStage.allCases {
            try Self.percent(try lifecycleScore(for: stage), "needle.lifecycleScores.\(stage.rawValue)")
        }
        let stages = Set(LifecycleStage.allCases.map(\.rawValue))
        if let unknown = lifecycleScores.keys.sorted().first(where: { !stages.contains($0) }) {
            throw ValidationError(
                entity: "config", field: "needle.lifecycleScores.\(unknown)",
                reason: "is not a lifecycle stage (stages: \(LifecycleStage.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        for (area, specialties) in audienceSpecialties {
            if area.trimmingCharacters(in: .whitespaces).isEmpty || specialties.isEmpty {
                throw ValidationError(
                    entity: "config", field: "needle.audienceSpecialties.\(area)",
                    reason: "needs a therapeutic area name and at least one specialty")
            }
        }
    }

    /// This config with the `needle` section of a whole config file laid over it. A file
    /// without a `needle` section changes nothing. Errors name `source` and the dotted key.
    public func merged(withConfigFile data: Data, source: String) throws(ValidationError) -> NeedleConfig {
        let document: JSONValue
        do {
            document = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw ValidationError(entity: source, field: "(file)", reason: "is not valid JSON")
        }
        guard case .object(let sections) = document else {
            throw ValidationError(entity: source, field: "(file)", reason: "must be a JSON object")
        }
        guard let needle = sections["needle"] else { return self }
        return try merged(withOverrides: needle, source: source)
    }

    /// This config with a partial `needle` object laid over it.
    public func merged(withOverrides overrides: JSONValue, source: String) throws(ValidationError) -> NeedleConfig {
        guard case .object(var changes) = overrides else {
            throw ValidationError(entity: source, field: "needle", reason: "must be a JSON object")
        }
        let replacedTable = changes.removeValue(forKey: "audienceSpecialties")
        let config: NeedleConfig
        do {
            var merged = try Self.json(self).overlaid(with: .object(changes), path: "needle")
            if let replacedTable, case .object(var members) = merged {
                members["audienceSpecialties"] = replacedTable
                merged = .object(members)
            }
            config = try JSONDecoder().decode(NeedleConfig.self, from: JSONEncoder().encode(merged))
            try config.validate()
        } catch let error as ValidationError {
            throw ValidationError(entity: source, field: error.field, reason: error.reason)
        } catch let DecodingError.typeMismatch(type, context) {
            throw ValidationError(entity: source, field: Self.path(context), reason: "expected \(type == String.self ? "text" : "a number")")
        } catch let DecodingError.valueNotFound(_, context) {
            throw ValidationError(entity: source, field: Self.path(context), reason: "must not be null")
        } catch let DecodingError.dataCorrupted(context) {
            throw ValidationError(entity: source, field: Self.path(context), reason: context.debugDescription)
        } catch {
            throw ValidationError(entity: source, field: "needle", reason: String(describing: error))
        }
        return config
    }

    /// The defaults, overlaid with the bundled `config.json` and then the user's file.
    public static func load(
        bundled: Data, bundledSource: String = "config.json", user: Data? = nil, userSource: String = "user config.json"
    ) throws(ValidationError) -> NeedleConfig {
        var config = try NeedleConfig.defaults.merged(withConfigFile: bundled, source: bundledSource)
        if let user { config = try config.merged(withConfigFile: user, source: userSource) }
        return config
    }

    private static func json(_ config: NeedleConfig) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(config))
    }

    private static func path(_ context: DecodingError.Context) -> String {
        context.codingPath.reduce("needle") { path, key in
            key.intValue.map { "\(path)[\($0)]" } ?? "\(path).\(key.stringValue)"
        }
    }

    private static func percent(_ value: Double, _ key: String) throws(ValidationError) {
        if !(0...100).contains(value) {
            throw ValidationError(entity: "config", field: key, reason: "must be within 0…100 (is \(plainNumber(value)))")
        }
    }
}
