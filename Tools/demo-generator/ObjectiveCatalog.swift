import LiaisonCore

/// The objectives the 2027-H1 plans draw from: the national ones, whose codes regional plans
/// share so ranks can be compared, and one regional objective per region.
enum ObjectiveCatalog {
    /// Title, product, theme and KPI of an objective.
    struct Definition {
        let code: String
        let title: String
        let product: ProductID?
        let theme: ThemeCode?
        let kpi: String
    }

    /// National objectives in national rank order (rank = index + 1).
    static let national: [Definition] = [
        Definition(code: ObjectiveCode.launchReadiness, title: "Prepare NSCLC centres for the Oncavia launch",
                   product: DemoIDs.oncavia, theme: "treatment-practice",
                   kpi: "40 lung cancer centres with a completed Oncavia readiness review"),
        Definition(code: ObjectiveCode.biomarkerTesting, title: "Close the NGS testing gap in advanced NSCLC",
                   product: DemoIDs.oncavia, theme: "diagnostic-pathway",
                   kpi: "NGS result before first-line decision in 85% of tier-1/2 centres"),
        Definition(code: ObjectiveCode.heartFailureGuidelines, title: "Guideline-directed therapy within six weeks of an HF admission",
                   product: DemoIDs.cardelin, theme: "treatment-practice",
                   kpi: "+20% of patients on four-pillar therapy six weeks after discharge in partner centres"),
        Definition(code: ObjectiveCode.studySites, title: "Open Oncavia-301 at high-influence sites",
                   product: DemoIDs.oncavia, theme: "study-interest",
                   kpi: "12 sites activated, at least 8 of them influence tier 1-2"),
        Definition(code: ObjectiveCode.cardelinAccess, title: "Remove regional prescribing barriers for Cardelin",
                   product: DemoIDs.cardelin, theme: "access-reimbursement",
                   kpi: "Cardelin listed in 90% of partner hospital formularies"),
        Definition(code: ObjectiveCode.nationalEducation, title: "One national NSCLC education curriculum",
                   product: DemoIDs.oncavia, theme: "education-need",
                   kpi: "6 academy modules delivered nationally, 600 HCPs reached"),
        Definition(code: ObjectiveCode.respifloRetention, title: "Keep COPD patients on appropriate therapy through generic entry",
                   product: DemoIDs.respiflo, theme: "competitor",
                   kpi: "Inhaler-technique programme running in 150 practices"),
        Definition(code: ObjectiveCode.digitalEngagement, title: "Scientific exchange for HCPs we cannot visit",
                   product: nil, theme: "channel-preference",
                   kpi: "35% of MSL interactions remote, satisfaction at least 4 of 5"),
        Definition(code: "obj:renal-hf-evidence", title: "Evidence for HF patients with impaired renal function",
                   product: DemoIDs.cardelin, theme: "unmet-need",
                   kpi: "Renal subgroup publication plan agreed with 5 centres"),
        Definition(code: "obj:ild-awareness", title: "Balanced ILD risk communication before launch",
                   product: DemoIDs.oncavia, theme: "safety-perception",
                   kpi: "ILD management guide reviewed with 30 tier-1/2 centres"),
    ]

    /// Objectives only one region plans.
    static let regional: [Definition] = [
        Definition(code: "obj:north-hf-network", title: "Discharge network with six northern hospitals",
                   product: DemoIDs.cardelin, theme: "treatment-practice",
                   kpi: "Shared discharge checklist live in 6 hospitals"),
        Definition(code: "obj:south-investigator-network", title: "Grow a Bavarian network of first-time investigators",
                   product: DemoIDs.oncavia, theme: "study-interest",
                   kpi: "10 community sites trained in GCP and feasibility"),
        Definition(code: "obj:east-remote-network", title: "Remote scientific exchange across East",
                   product: nil, theme: "channel-preference",
                   kpi: "Monthly remote case conference with 40 regular participants"),
        Definition(code: "obj:west-copd-pathway", title: "Spirometry-confirmed COPD diagnosis in Rhine-Ruhr practices",
                   product: DemoIDs.respiflo, theme: "diagnostic-pathway",
                   kpi: "Spirometry referral pathway in 30 practices"),
    ]

    /// The objective with `code`.
    static func definition(_ code: String) -> Definition {
        (national + regional).first { $0.code == code }!
    }

    /// The objectives of a plan, ranked in the order of `codes`.
    static func objectives(_ codes: [String], regionName: String?) throws(ValidationError) -> [Objective] {
        var objectives: [Objective] = []
        for (index, code) in codes.enumerated() {
            let definition = definition(code)
            let kpi = regionName.map { "\(definition.kpi) (\($0) share)" } ?? definition.kpi
            objectives.append(try Objective(
                code: code, title: definition.title, rank: index + 1,
                productID: definition.product, theme: definition.theme, kpiTarget: kpi))
        }
        return objectives
    }

    /// Every objective theme of `plan`.
    static func themes(of plan: Plan) -> [ThemeCode] {
        plan.objectives.compactMap(\.theme)
    }
}
