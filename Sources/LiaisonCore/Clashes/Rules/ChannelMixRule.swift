/// Channel mix vs needle (seed 001): a plan's face-to-face share for a product is far from
/// where the five drivers set the needle for that plan's audience.
///
/// For each plan under review (every regional plan and the national plan) and each
/// `ChannelShare` in it whose product is known, the audience is the product's audience in
/// the plan's region (the whole country for the national plan), see `HCPAudience.of`, and
/// the needle is `ChannelNeedle.compute` with `snapshot.needle`. Fires when the audience has
/// at least `minAudienceSize` HCPs and `gap = |faceToFaceShare − needle| ≥ minGap`.
///
/// Severity: `base + min((gap − minGap) × pointsPerGapPoint, gapCap)
/// + min(contraryPercent × pointsPerContraryPercent, contraryCap)`, where `contraryPercent` is
/// the percentage of the audience whose segment pulls against the plan: restricted-access,
/// remote-preferring and digital-only HCPs when the plan is above the needle, F2F-open HCPs
/// (KOLs included) when it is below.
public struct ChannelMixRule: ClashRule {
    /// Thresholds and weights (`clashes.channelMix`).
    public struct Settings: Codable, Hashable, Sendable {
        /// Points between the plan's F2F share and the needle at which the rule fires.
        public var minGap: Double
        /// Fewest HCPs in the audience for the needle to count.
        public var minAudienceSize: Int
        /// Base points.
        public var base: Double
        /// Points per point of gap beyond `minGap`.
        public var pointsPerGapPoint: Double
        /// Most points from the gap.
        public var gapCap: Double
        /// Points per percent of the audience that pulls against the plan.
        public var pointsPerContraryPercent: Double
        /// Most points from the contrary audience.
        public var contraryCap: Double

        /// The built-in values.
        public static let defaults = Settings(
            minGap: 25, minAudienceSize: 10, base: 30, pointsPerGapPoint: 1.5, gapCap: 40,
            pointsPerContraryPercent: 0.2, contraryCap: 20)

        /// Checks the ranges; errors name `clashes.channelMix.<key>`.
        public func validate() throws(ValidationError) {
            let prefix = "clashes.channelMix."
            if !(minGap > 0 && minGap <= 100) {
                throw ValidationError(entity: "config", field: prefix + "minGap", reason: "must be within 0…100 and above 0 (is \(minGap))")
            }
            try ConfigCheck.nonNegative(minAudienceSize, prefix + "minAudienceSize")
            for (key, value) in [
                ("base", base), ("pointsPerGapPoint", pointsPerGapPoint), ("gapCap", gapCap),
                ("pointsPerContraryPercent", pointsPerContraryPercent), ("contraryCap", contraryCap),
            ] {
                try ConfigCheck.nonNegative(value, prefix + key)
            }
        }
    }

    public let kind = ClashKind.channelMix

    /// Creates the rule.
    public init() {}

    /// The subject id of a product in a plan of `scope`, e.g. `region:east/product:respiflo`
    /// or `national/product:respiflo`.
    public static func subjectID(scope: PlanScope, productID: ProductID) -> String {
        "\(scope)/\(productID)"
    }

    /// One clash per plan × product whose F2F share is far from the needle.
    public func evaluate(_ snapshot: ClashSnapshot, config: ClashConfig, in scope: ClashScope) -> [Clash] {
        let products = Dictionary(snapshot.products.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var plans = Array(snapshot.regionalPlans.values)
        if let national = snapshot.nationalPlan { plans.append(national) }
        var clashes: [Clash] = []
        for plan in plans.sorted(by: { $0.id < $1.id }) {
            var seen: Set<ProductID> = []
            for share in plan.channelMix where seen.insert(share.productID).inserted {
                let subjectID = Self.subjectID(scope: plan.scope, productID: share.productID)
                guard scope.includes(subjectID: subjectID, regionID: plan.scope.regionID),
                      let product = products[share.productID],
                      let clash = clash(plan: plan, share: share, product: product, snapshot: snapshot, config: config)
                else { continue }
                clashes.append(clash)
            }
        }
        return clashes
    }

    private func clash(plan: Plan, share: ChannelShare, product: Product, snapshot: ClashSnapshot, config: ClashConfig) -> Clash? {
        let settings = config.channelMix
        let regionID = plan.scope.regionID
        let audience = HCPAudience.of(
            product: product, regionID: regionID, profiles: snapshot.channelProfiles, config: snapshot.needle)
        // A needle config that cannot score (a stage without a score, all weights 0) is
        // rejected when the config is loaded; a hand-built one simply raises no clash.
        guard audience.size >= max(settings.minAudienceSize, 1),
              let reading = try? ChannelNeedle.compute(product: product, audience: audience, config: snapshot.needle)
        else { return nil }
        let planShare = Double(share.faceToFaceShare)
        let gap = abs(planShare - reading.needle)
        guard gap >= settings.minGap else { return nil }
        let above = planShare > reading.needle
        let contrary = above ? audience.notFaceToFaceOpen : audience.faceToFaceOpen
        let contraryPercent = 100 * Double(contrary) / Double(audience.size)
        var score = ScoreCard()
        score.add("channel mismatch base", points: settings.base)
        score.add(
            "gap beyond \(plainNumber(settings.minGap)) points", value: gap - settings.minGap,
            weight: settings.pointsPerGapPoint, cap: settings.gapCap)
        score.add(
            above ? "% of audience not open to F2F" : "% of audience F2F-open", value: contraryPercent.rounded(),
            weight: settings.pointsPerContraryPercent, cap: settings.contraryCap)

        let placeName = regionID.map(snapshot.regionName) ?? "National"
        let drivers = reading.drivers.all.map { driver in
            "\(driver.driver.label) \(driver.score.map { NeedleDrivers.rounded($0) } ?? "n/a")"
        }.joined(separator: ", ")
        let planText = "\(plan.id) plans \(share.faceToFaceShare)% face to face for \(product.name), "
            + "\(Int(gap.rounded())) points \(above ? "above" : "below") the needle."
        let needleText = "The needle for \(product.name) in \(placeName == "National" ? "the whole country" : placeName) is "
            + "\(reading.roundedNeedle) (\(drivers)); its audience is \(audience.segmentSummary)."
        let evidence = [EvidenceRef(.plan, plan.id)]
        return Clash(
            kind: kind,
            subject: ClashSubject(
                kind: .product, id: Self.subjectID(scope: plan.scope, productID: product.id),
                label: "\(placeName) · \(product.name)"),
            regionID: regionID,
            fieldPosition: regionID == nil ? needleText : planText,
            officePosition: regionID == nil ? planText : needleText,
            evidence: evidence, score: score, levels: config.levels)
    }

    /// When the rule fires and how it scores.
    public func helpText(config: ClashConfig) -> String {
        let s = config.channelMix
        return "Fires when a plan's face-to-face share for a product is \(plainNumber(s.minGap)) or more points away from the "
            + "needle (the five weighted drivers: complexity, lifecycle, F2F access, customer preference, company vision) for the "
            + "product's HCPs in the plan's region (the whole country for the national plan), given at least \(s.minAudienceSize) "
            + "HCPs. Severity: \(plainNumber(s.base)) + \(plainNumber(s.pointsPerGapPoint)) per point of gap beyond "
            + "\(plainNumber(s.minGap)) (max \(plainNumber(s.gapCap))) + \(plainNumber(s.pointsPerContraryPercent)) per % of the "
            + "audience pulling the other way (max \(plainNumber(s.contraryCap)))."
    }

    /// A regional plan affects its region; the national plan (or a deleted plan) and
    /// reference data (products, HCPs and so the channel profiles) everything.
    public func scope(of change: DataChange, in snapshot: ClashSnapshot) -> ClashScope {
        switch change {
        case .planChanged(let planID):
            return .ofPlan(planID, in: snapshot)
        case .referenceDataChanged:
            return .everything
        case .insightLogged, .touchpointLogged, .decisionChanged, .triageChanged, .clockAdvanced:
            return .nothing
        }
    }
}
