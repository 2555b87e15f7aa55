/// Study-site selection (seed 000): the field nominates sites where it has relationships,
/// the office shortlists high-influence centres. National plan study sites are the office
/// shortlist; regional plan study sites are the field's nominations.
///
/// Fires in two ways:
/// - a region nominates a site for a study that the office shortlist does not hold for that
///   study, and the site is weak: `influenceTier ≥ lowInfluenceTier` or
///   `studyExperience < minStudyExperience`. Severity: `nominationBase
///   + (influenceTier − 1) × pointsPerTierStep + max(0, experienceTarget − studyExperience)
///   × pointsPerMissingTrial`.
/// - the office shortlist holds a site with `influenceTier ≤ highInfluenceTier` for a study
///   that no regional plan nominates it for. Severity: `shortlistBase` (+
///   `universityHospitalPoints` for a university hospital) `+ min(competing × pointsPerCompetingNomination,
///   competingCap)`, where `competing` counts the other sites the institution's own region
///   nominated for that study.
public struct StudySiteSelectionRule: ClashRule {
    /// Thresholds and weights (`clashes.studySite`).
    public struct Settings: Codable, Hashable, Sendable {
        /// Influence tier (1…3) at or beyond which a nominated site is low influence.
        public var lowInfluenceTier: Int
        /// Fewer past trials than this is "no study experience".
        public var minStudyExperience: Int
        /// Past trials a site should have; each missing one adds points.
        public var experienceTarget: Int
        /// Base points for a weak field nomination.
        public var nominationBase: Double
        /// Points per influence tier below the top.
        public var pointsPerTierStep: Double
        /// Points per trial short of `experienceTarget`.
        public var pointsPerMissingTrial: Double
        /// Influence tier (1…3) at or above which a shortlisted site is high influence.
        public var highInfluenceTier: Int
        /// Base points for a shortlisted site without field support.
        public var shortlistBase: Double
        /// Extra points when that site is a university hospital.
        public var universityHospitalPoints: Double
        /// Points per other site the region nominated for the study instead.
        public var pointsPerCompetingNomination: Double
        /// Most points from competing nominations.
        public var competingCap: Double

        /// The built-in values.
        public static let defaults = Settings(
            lowInfluenceTier: 3, minStudyExperience: 1, experienceTarget: 3, nominationBase: 15,
            pointsPerTierStep: 12, pointsPerMissingTrial: 8, highInfluenceTier: 1, shortlistBase: 35,
            universityHospitalPoints: 10, pointsPerCompetingNomination: 6, competingCap: 24)

        /// Checks the ranges; errors name `clashes.studySite.<key>`.
        public func validate() throws(ValidationError) {
            let prefix = "clashes.studySite."
            try ConfigCheck.within(lowInfluenceTier, 1...3, prefix + "lowInfluenceTier")
            try ConfigCheck.within(highInfluenceTier, 1...3, prefix + "highInfluenceTier")
            try ConfigCheck.nonNegative(minStudyExperience, prefix + "minStudyExperience")
            try ConfigCheck.nonNegative(experienceTarget, prefix + "experienceTarget")
            for (key, value) in [
                ("nominationBase", nominationBase), ("pointsPerTierStep", pointsPerTierStep),
                ("pointsPerMissingTrial", pointsPerMissingTrial), ("shortlistBase", shortlistBase),
                ("universityHospitalPoints", universityHospitalPoints),
                ("pointsPerCompetingNomination", pointsPerCompetingNomination), ("competingCap", competingCap),
            ] {
                try ConfigCheck.nonNegative(value, prefix + key)
            }
        }
    }

    public let kind = ClashKind.studySite

    /// Creates the rule.
    public init() {}

    /// Weak field nominations and unsupported shortlisted flagships.
    public func evaluate(_ snapshot: ClashSnapshot, config: ClashConfig, in scope: ClashScope) -> [Clash] {
        let institutions = Dictionary(snapshot.institutions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let national = snapshot.nationalPlan
        let shortlist = national?.studySites ?? []
        let shortlisted = Set(shortlist.map { SitePair(study: $0.study, institutionID: $0.institutionID) })
        let regionalPlans = snapshot.regionalPlans.sorted { $0.key < $1.key }
        var supported: Set<SitePair> = []
        for (_, plan) in regionalPlans {
            for site in plan.studySites { supported.insert(SitePair(study: site.study, institutionID: site.institutionID)) }
        }
        let context = Context(
            snapshot: snapshot, config: config, institutions: institutions, national: national, shortlist: shortlist)
        var clashes: [Clash] = []
        var seen: Set<String> = []
        for (regionID, plan) in regionalPlans {
            for site in plan.studySites {
                let pair = SitePair(study: site.study, institutionID: site.institutionID)
                guard !shortlisted.contains(pair), let institution = institutions[site.institutionID],
                      let clash = context.weakNomination(site, institution: institution, regionID: regionID, plan: plan),
                      seen.insert(clash.id).inserted
                else { continue }
                clashes.append(clash)
            }
        }
        for site in shortlist {
            let pair = SitePair(study: site.study, institutionID: site.institutionID)
            guard !supported.contains(pair), let institution = institutions[site.institutionID], let national,
                  let clash = context.unsupportedShortlist(site, institution: institution, national: national),
                  seen.insert(clash.id).inserted
            else { continue }
            clashes.append(clash)
        }
        return clashes.filter(scope.contains)
    }

    /// When the rule fires and how it scores.
    public func helpText(config: ClashConfig) -> String {
        let s = config.studySite
        return "Fires when a region nominates a site the office did not shortlist for that study and the site has influence "
            + "tier \(s.lowInfluenceTier) or beyond (3 = local) or fewer than \(s.minStudyExperience) past trials (severity \(plainNumber(s.nominationBase)) + "
            + "\(plainNumber(s.pointsPerTierStep)) per tier below the top + \(plainNumber(s.pointsPerMissingTrial)) per trial short of \(s.experienceTarget)); "
            + "or when the office shortlists a tier-\(s.highInfluenceTier) centre no region nominates for that study (severity "
            + "\(plainNumber(s.shortlistBase)), + \(plainNumber(s.universityHospitalPoints)) for a university hospital, + \(plainNumber(s.pointsPerCompetingNomination)) per "
            + "other site its region nominated instead, max \(plainNumber(s.competingCap)))."
    }

    /// Any plan change can move support between regions, so it re-evaluates the rule; so
    /// does a change to institutions.
    public func scope(of change: DataChange, in snapshot: ClashSnapshot) -> ClashScope {
        switch change {
        case .planChanged, .referenceDataChanged: .everything
        case .insightLogged, .touchpointLogged, .decisionChanged, .triageChanged, .clockAdvanced: .nothing
        }
    }

    private struct SitePair: Hashable {
        var study: String
        var institutionID: InstitutionID
    }

    /// What both halves of the rule need.
    private struct Context {
        var snapshot: ClashSnapshot
        var config: ClashConfig
        var institutions: [InstitutionID: Institution]
        var national: Plan?
        var shortlist: [StudySiteNomination]

        var settings: Settings { config.studySite }

        func describe(_ institution: Institution) -> String {
            "\(institution.name) (influence tier \(institution.influenceTier), \(institution.studyExperience) past trials)"
        }

        func weakNomination(
            _ site: StudySiteNomination, institution: Institution, regionID: RegionID, plan: Plan
        ) -> Clash? {
            let lowInfluence = institution.influenceTier >= settings.lowInfluenceTier
            let inexperienced = institution.studyExperience < settings.minStudyExperience
            guard lowInfluence || inexperienced else { return nil }
            var score = ScoreCard()
            score.add("weak nomination base", points: settings.nominationBase)
            score.add("influence tiers below the top", value: Double(institution.influenceTier - 1), weight: settings.pointsPerTierStep)
            score.add(
                "trials short of \(settings.experienceTarget)",
                value: Double(max(0, settings.experienceTarget - institution.studyExperience)),
                weight: settings.pointsPerMissingTrial)
            let regionName = snapshot.regionName(regionID)
            let reasonText = site.rationale.isEmpty ? "" : ": “\(site.rationale)”"
            let fieldPosition = "\(regionName) nominates \(describe(institution)) for \(site.study)\(reasonText)."
            let strong = shortlist.filter { $0.study == site.study }.compactMap { institutions[$0.institutionID]?.name }
            let officePosition = strong.isEmpty
                ? "The office wants high-influence, study-experienced centres for \(site.study), and this site is neither."
                : "The office shortlist for \(site.study) is \(strong.prefix(3).joined(separator: ", ")), not this site."
            var evidence = [EvidenceRef(.studySite, "\(plan.id)#\(site.study)/\(site.institutionID)"),
                            EvidenceRef(.institution, institution.id)]
            if let national { evidence.append(EvidenceRef(.plan, national.id)) }
            return Clash(
                kind: .studySite,
                subject: ClashSubject(
                    kind: .studyNomination, id: "\(regionID)/\(site.study)/\(site.institutionID)",
                    label: "\(regionName) · \(site.study) · \(institution.name)"),
                regionID: regionID, fieldPosition: fieldPosition, officePosition: officePosition,
                evidence: evidence, score: score, levels: config.levels)
        }

        func unsupportedShortlist(_ site: StudySiteNomination, institution: Institution, national: Plan) -> Clash? {
            guard institution.influenceTier <= settings.highInfluenceTier else { return nil }
            let regionID = institution.regionID
            let regionName = snapshot.regionName(regionID)
            let regionalPlan = snapshot.plan(for: regionID)
            let competing = (regionalPlan?.studySites ?? []).filter { $0.study == site.study && $0.institutionID != site.institutionID }
            var score = ScoreCard()
            score.add("unsupported high-influence site base", points: settings.shortlistBase)
            if institution.kind == .universityHospital {
                score.add("university hospital", points: settings.universityHospitalPoints)
            }
            score.add(
                "other sites the region nominated instead", value: Double(competing.count),
                weight: settings.pointsPerCompetingNomination, cap: settings.competingCap)
            let competingNames = competing.compactMap { institutions[$0.institutionID]?.name }
            let fieldPosition = competingNames.isEmpty
                ? "No region nominates \(institution.name) for \(site.study); \(regionName)'s field does not back it."
                : "\(regionName) nominates \(competingNames.prefix(3).joined(separator: ", ")) for \(site.study), not \(institution.name)."
            let reasonText = site.rationale.isEmpty ? "" : ": “\(site.rationale)”"
            let officePosition = "The office shortlist puts \(describe(institution)) on \(site.study)\(reasonText)."
            var evidence = [EvidenceRef(.studySite, "\(national.id)#\(site.study)/\(site.institutionID)"),
                            EvidenceRef(.institution, institution.id)]
            if let regionalPlan {
                evidence += competing.map { EvidenceRef(.studySite, "\(regionalPlan.id)#\($0.study)/\($0.institutionID)") }
            }
            return Clash(
                kind: .studySite,
                subject: ClashSubject(
                    kind: .studySite, id: "\(site.study)/\(site.institutionID)",
                    label: "\(site.study) · \(institution.name)"),
                regionID: regionID, fieldPosition: fieldPosition, officePosition: officePosition,
                evidence: evidence, score: score, levels: config.levels)
        }
    }
}
