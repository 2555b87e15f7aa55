import Foundation

/// Thresholds and weights of every clash rule: the `clashes` section of `config.json`.
///
/// `ClashConfig.defaults` holds a value for every key; `Resources/config.json` and the
/// user's copy are overlays on it (see `merged(withConfigFile:source:)`), so any key can be
/// overridden and a partial file is fine.
public struct ClashConfig: Codable, Hashable, Sendable {
    /// Severity cut points for the levels.
    public var levels: LevelCutPoints
    public var priorityDivergence: PriorityDivergenceRule.Settings
    public var unaddressedSignal: UnaddressedSignalRule.Settings
    public var studySite: StudySiteSelectionRule.Settings
    public var nationalVoice: NationalVoiceRule.Settings
    public var roleOverreach: RoleOverreachRule.Settings
    public var stalledDecision: StalledDecisionRule.Settings
    public var channelMix: ChannelMixRule.Settings = .defaults
    public var touchpointNoise: TouchpointNoiseRule.Settings = .defaults

    /// Creates a config from its sections.
    public init(
        levels: LevelCutPoints, priorityDivergence: PriorityDivergenceRule.Settings,
        unaddressedSignal: UnaddressedSignalRule.Settings, studySite: StudySiteSelectionRule.Settings,
        nationalVoice: NationalVoiceRule.Settings, roleOverreach: RoleOverreachRule.Settings,
        stalledDecision: StalledDecisionRule.Settings
    ) {
        self.levels = levels
        self.priorityDivergence = priorityDivergence
        self.unaddressedSignal = unaddressedSignal
        self.studySite = studySite
        self.nationalVoice = nationalVoice
        self.roleOverreach = roleOverreach
        self.stalledDecision = stalledDecision
    }

    /// The built-in values, used for any key no config file sets.
    public static let defaults = ClashConfig(
        levels: LevelCutPoints(medium: 30, high: 55, critical: 80),
        priorityDivergence: .defaults,
        unaddressedSignal: .defaults,
        studySite: .defaults,
        nationalVoice: .defaults,
        roleOverreach: .defaults,
        stalledDecision: .defaults)

    /// Checks every section; the error names the offending key.
    public func validate() throws(ValidationError) {
        try levels.validate()
        try priorityDivergence.validate()
        try unaddressedSignal.validate()
        try studySite.validate()
        try nationalVoice.validate()
        try roleOverreach.validate()
        try stalledDecision.validate()
        try channelMix.validate()
        try touchpointNoise.validate()
    }

    /// This config with the `clashes` section of a whole config file (`{"clashes": {…},
    /// "needle": {…}}`) laid over it. A file without a `clashes` section changes nothing.
    /// Errors name `source` and the dotted key, e.g. `config.json: clashes.levels.high`.
    public func merged(withConfigFile data: Data, source: String) throws(ValidationError) -> ClashConfig {
        let document: JSONValue
        do {
            document = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw ValidationError(entity: source, field: "(file)", reason: "is not valid JSON: \(Self.describe(error))")
        }
        guard case .object(let sections) = document else {
            throw ValidationError(entity: source, field: "(file)", reason: "must be a JSON object")
        }
        guard let clashes = sections["clashes"] else { return self }
        return try merged(withOverrides: clashes, source: source)
    }

    /// This config with a partial `clashes` object laid over it: every key is optional,
    /// unknown keys and wrong types are errors.
    public func merged(withOverrides overrides: JSONValue, source: String) throws(ValidationError) -> ClashConfig {
        guard case .object = overrides else {
            throw ValidationError(entity: source, field: "clashes", reason: "must be a JSON object")
        }
        let merged: JSONValue
        let config: ClashConfig
        do {
            let base = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(self))
            merged = try base.overlaid(with: overrides, path: "clashes")
        } catch let error as ValidationError {
            throw ValidationError(entity: source, field: error.field, reason: error.reason)
        } catch {
            throw ValidationError(entity: source, field: "clashes", reason: Self.describe(error))
        }
        do {
            config = try JSONDecoder().decode(ClashConfig.self, from: JSONEncoder().encode(merged))
        } catch let DecodingError.typeMismatch(type, context) {
            throw ValidationError(entity: source, field: Self.path(context), reason: "expected \(Self.typeName(type))")
        } catch let DecodingError.dataCorrupted(context) where !context.codingPath.isEmpty {
            throw ValidationError(entity: source, field: Self.path(context), reason: context.debugDescription)
        } catch DecodingError.dataCorrupted {
            throw misfit(in: overrides, source: source)
        } catch let DecodingError.valueNotFound(type, context) {
            throw ValidationError(entity: source, field: Self.path(context), reason: "expected \(Self.typeName(type)), found null")
        } catch {
            throw ValidationError(entity: source, field: "clashes", reason: Self.describe(error))
        }
        do {
            try config.validate()
        } catch {
            throw ValidationError(entity: source, field: error.field, reason: error.reason)
        }
        return config
    }

    /// The defaults, overlaid with the bundled `config.json` and then the user's file.
    public static func load(
        bundled: Data, bundledSource: String = "config.json", user: Data? = nil, userSource: String = "user config.json"
    ) throws(ValidationError) -> ClashConfig {
        var config = try ClashConfig.defaults.merged(withConfigFile: bundled, source: bundledSource)
        if let user { config = try config.merged(withConfigFile: user, source: userSource) }
        return config
    }

    private static func path(_ context: DecodingError.Context) -> String {
        context.codingPath.reduce("clashes") { path, key in
            key.intValue.map { "\(path)[\($0)]" } ?? "\(path).\(key.stringValue)"
        }
    }

    /// Finds the override value the decoder could not place (it reports some misfits, such as
    /// 2.5 for a whole number, without a path) by trying each leaf on its own.
    private func misfit(in overrides: JSONValue, source: String) -> ValidationError {
        for (path, value) in overrides.leaves(path: ["clashes"]) {
            let single = path.dropFirst().reversed().reduce(value) { inner, key in JSONValue.object([key: inner]) }
            do {
                let base = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(self))
                let merged = try base.overlaid(with: single, path: "clashes")
                _ = try JSONDecoder().decode(ClashConfig.self, from: JSONEncoder().encode(merged))
            } catch {
                let reason = if case .number(let number) = value, number != number.rounded() {
                    "must be a whole number (is \(number))"
                } else {
                    "has a value of the wrong kind"
                }
                return ValidationError(entity: source, field: path.joined(separator: "."), reason: reason)
            }
        }
        return ValidationError(entity: source, field: "clashes", reason: "could not be read")
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        case is String.Type: "text"
        case is Bool.Type: "true or false"
        default: "a value of type \(type)"
        }
    }

    private static func describe(_ error: any Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error {
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return underlying ?? context.debugDescription
        }
        return String(describing: error)
    }
}
