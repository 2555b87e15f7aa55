import Foundation

/// Touchpoint noise (seed 002): touchpoints from many functions, in isolation from each
/// other, pile up on one HCP, or reach the HCP through channels against their preference.
///
/// Fires, per `TouchpointActivity` row (one HCP), when
/// - burst: the densest `windowDays` window holds `minTouchpoints` or more touchpoints from
///   `minFunctions` or more functions, or
/// - contradiction: `minContradicting` or more touchpoints of the last `lookbackDays` went
///   against the HCP's preference or access (in-person contact with an HCP who prefers
///   remote or digital contact or has no face-to-face access).
///
/// Severity: `base + min(max(0, windowCount − minTouchpoints) × pointsPerExtraTouchpoint,
/// extraTouchpointCap) + (functionCount − 1) × pointsPerExtraFunction
/// + min(contradictingCount × pointsPerContradiction, contradictionCap)`.
public struct TouchpointNoiseRule: ClashRule {
    /// Thresholds and weights (`clashes.touchpointNoise`).
    public struct Settings: Codable, Hashable, Sendable {
        /// Days before `now` whose touchpoints count.
        public var lookbackDays: Int
        /// Length of the burst window, in days.
        public var windowDays: Int
        /// Fewest touchpoints in one window that make a burst.
        public var minTouchpoints: Int
        /// Fewest distinct functions in that window that make a burst.
        public var minFunctions: Int
        /// Fewest contradicting touchpoints in the lookback that fire on their own.
        public var minContradicting: Int
        /// How many touchpoint ids the store samples per row (each list) as evidence.
        public var sampleSize: Int
        /// Base points.
        public var base: Double
        /// Points per window touchpoint beyond `minTouchpoints`.
        public var pointsPerExtraTouchpoint: Double
        /// Most points from extra touchpoints.
        public var extraTouchpointCap: Double
        /// Points per function in the window beyond the first.
        public var pointsPerExtraFunction: Double
        /// Points per contradicting touchpoint.
        public var pointsPerContradiction: Double
        /// Most points from contradicting touchpoints.
        public var contradictionCap: Double

        /// The built-in values.
        public static let defaults = Settings(
            lookbackDays: 90, windowDays: 14, minTouchpoints: 6, minFunctions: 2, minContradicting: 3, sampleSize: 8,
            base: 20, pointsPerExtraTouchpoint: 4, extraTouchpointCap: 32, pointsPerExtraFunction: 6,
            pointsPerContradiction: 5, contradictionCap: 30)

        /// Checks the ranges; errors name `clashes.touchpointNoise.<key>`.
        public func validate() throws(ValidationError) {
            let prefix = "clashes.touchpointNoise."
            try ConfigCheck.positive(lookbackDays, prefix + "lookbackDays")
            try ConfigCheck.within(windowDays, 1...max(1, lookbackDays), prefix + "windowDays")
            try ConfigCheck.positive(minTouchpoints, prefix + "minTouchpoints")
            try ConfigCheck.within(minFunctions, 1...TouchpointFunction.allCases.count, prefix + "minFunctions")
            try ConfigCheck.positive(minContradicting, prefix + "minContradicting")
            try ConfigCheck.within(sampleSize, 0...100, prefix + "sampleSize")
            for (key, value) in [
                ("base", base), ("pointsPerExtraTouchpoint", pointsPerExtraTouchpoint),
                ("extraTouchpointCap", extraTouchpointCap), ("pointsPerExtraFunction", pointsPerExtraFunction),
                ("pointsPerContradiction", pointsPerContradiction), ("contradictionCap", contradictionCap),
            ] {
                try ConfigCheck.nonNegative(value, prefix + key)
            }
        }
    }

    public let kind = ClashKind.touchpointNoise

    /// Creates the rule.
    public init() {}

    /// One clash per noisy HCP.
    public func evaluate(_ snapshot: ClashSnapshot, config: ClashConfig, in scope: ClashScope) -> [Clash] {
        let settings = config.touchpointNoise
        return snapshot.touchpointActivity.compactMap { activity in
            guard scope.includes(subjectID: activity.hcpID, regionID: activity.regionID) else { return nil }
            let burst = activity.windowCount >= settings.minTouchpoints && activity.functionCount >= settings.minFunctions
            let contradiction = activity.contradictingCount >= settings.minContradicting
            guard burst || contradiction else { return nil }
            return clash(activity, snapshot: snapshot, config: config, burst: burst)
        }
    }

    private func clash(_ activity: TouchpointActivity, snapshot: ClashSnapshot, config: ClashConfig, burst: Bool) -> Clash {
        let settings = config.touchpointNoise
        var score = ScoreCard()
        score.add("noise base", points: settings.base)
        score.add(
            "touchpoints in \(settings.windowDays) days beyond \(settings.minTouchpoints)",
            value: Double(max(0, activity.windowCount - settings.minTouchpoints)),
            weight: settings.pointsPerExtraTouchpoint, cap: settings.extraTouchpointCap)
        score.add(
            "functions in that window beyond the first", value: Double(max(0, activity.functionCount - 1)),
            weight: settings.pointsPerExtraFunction)
        score.add(
            "contacts against preference (\(settings.lookbackDays) days)", value: Double(activity.contradictingCount),
            weight: settings.pointsPerContradiction, cap: settings.contradictionCap)
        let regionName = snapshot.regionName(activity.regionID)
        let functions = TouchpointFunction.allCases.compactMap { function in
            activity.windowCounts[function].flatMap { $0 > 0 ? "\($0) \(Self.label(function))" : nil }
        }
        let days = Int((activity.windowEnd.timeIntervalSince(activity.windowStart) / 86_400).rounded(.down)) + 1
        var field: [String] = []
        if burst {
            field.append("\(activity.hcpName) got \(activity.windowCount) touchpoints from \(activity.functionCount) functions "
                + "within \(days) day\(days == 1 ? "" : "s") (\(functions.joined(separator: ", ")))")
        }
        if activity.contradictingCount > 0 {
            field.append("\(activity.contradictingCount) in-person contact\(activity.contradictingCount == 1 ? "" : "s") in the last "
                + "\(settings.lookbackDays) days although the HCP \(Self.preferenceText(activity))")
        }
        let fieldPosition = field.joined(separator: "; ") + "."
        let involved = TouchpointFunction.allCases.filter { (activity.windowCounts[$0] ?? 0) > 0 }.map(Self.label)
        let officePosition = burst
            ? "Each of the \(involved.count) functions (\(involved.joined(separator: ", "))) follows its own contact plan; "
                + "nothing coordinates what reaches \(activity.hcpName)."
            : "Contact plans keep scheduling in-person visits although the HCP's recorded preference is "
                + "\(activity.channelPreference.rawValue) and face-to-face access is \(activity.faceToFaceAccess.rawValue)."
        var evidence = [EvidenceRef(.hcp, activity.hcpID)]
        var seen: Set<UUID> = []
        for id in activity.sampleTouchpointIDs + activity.contradictingSampleIDs where seen.insert(id).inserted {
            evidence.append(EvidenceRef(.touchpoint, id.uuidString))
        }
        return Clash(
            kind: kind,
            subject: ClashSubject(kind: .hcp, id: activity.hcpID, label: "\(regionName) · \(activity.hcpName)"),
            regionID: activity.regionID, fieldPosition: fieldPosition, officePosition: officePosition,
            evidence: evidence, score: score, levels: config.levels)
    }

    private static func label(_ function: TouchpointFunction) -> String {
        switch function {
        case .msl: "MSL"
        case .sales: "sales"
        case .marketing: "marketing"
        case .medicalInformation: "medical information"
        case .marketAccess: "market access"
        }
    }

    private static func preferenceText(_ activity: TouchpointActivity) -> String {
        var reasons: [String] = []
        switch activity.channelPreference {
        case .remote: reasons.append("prefers remote contact")
        case .digital: reasons.append("prefers digital contact")
        case .faceToFace, .mixed: break
        }
        if activity.faceToFaceAccess == .none { reasons.append("has no face-to-face access") }
        return reasons.joined(separator: " and ")
    }

    /// When the rule fires and how it scores.
    public func helpText(config: ClashConfig) -> String {
        let s = config.touchpointNoise
        return "Fires when an HCP got \(s.minTouchpoints) or more touchpoints from \(s.minFunctions) or more functions within "
            + "\(s.windowDays) days, or \(s.minContradicting) or more in-person contacts in the last \(s.lookbackDays) days although they "
            + "prefer remote or digital contact or have no face-to-face access. Severity: \(plainNumber(s.base)) + "
            + "\(plainNumber(s.pointsPerExtraTouchpoint)) per touchpoint in the densest \(s.windowDays)-day window beyond \(s.minTouchpoints) "
            + "(max \(plainNumber(s.extraTouchpointCap))) + \(plainNumber(s.pointsPerExtraFunction)) per function in it beyond the first + "
            + "\(plainNumber(s.pointsPerContradiction)) per contact against preference (max \(plainNumber(s.contradictionCap)))."
    }

    /// A logged touchpoint affects its HCP; the clock (the lookback moves) and reference
    /// data (preference, access, names) everything.
    public func scope(of change: DataChange, in snapshot: ClashSnapshot) -> ClashScope {
        switch change {
        case .touchpointLogged(let hcpID): .subjects([hcpID])
        case .clockAdvanced, .referenceDataChanged: .everything
        case .insightLogged, .planChanged, .decisionChanged, .triageChanged: .nothing
        }
    }
}
