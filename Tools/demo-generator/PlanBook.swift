import LiaisonCore

/// The national plan and the four regional plans for 2027-H1, with the priority, study-site,
/// format and channel-mix tensions described in `main.swift`.
enum PlanBook {
    /// Builds all five plans.
    static func make() throws(ValidationError) -> [Plan] {
        [try national()] + (try regional())
    }

    private static func national() throws(ValidationError) -> Plan {
        let s = ObjectiveCode.self
        return try Plan(
            id: DemoIDs.nationalPlan, period: DemoIDs.period, scope: .national, status: .approved,
            objectives: try ObjectiveCatalog.objectives(ObjectiveCatalog.national.map(\.code), regionName: nil),
            tactics: [
                try Tactic(code: "tac:nsclc-academy", title: "NSCLC Testing Academy: national curriculum, six modules",
                           kind: .educationalEvent, format: .national, status: .inProgress, objectiveCode: s.nationalEducation),
                try Tactic(code: "tac:hf-national-advisory-board", title: "National HF advisory board on post-discharge titration",
                           kind: .advisoryBoard, format: .national, status: .planned, objectiveCode: s.heartFailureGuidelines),
                try Tactic(code: "tac:dgk-2027", title: "Scientific booth and symposium at the DGK annual meeting 2027",
                           kind: .congress, format: .national, status: .planned, objectiveCode: s.heartFailureGuidelines),
                try Tactic(code: "tac:dgp-2027", title: "Respiratory congress 2027: generic-entry data symposium",
                           kind: .congress, format: .national, status: .planned, objectiveCode: s.respifloRetention),
                try Tactic(code: "tac:oncavia-301-shortlist", title: "Oncavia-301 national site shortlist",
                           kind: .studySiteNomination, format: .national, status: .inProgress, objectiveCode: s.studySites),
                try Tactic(code: "tac:hcp-portal", title: "Medical HCP portal with on-demand expert webinars",
                           kind: .digitalProgramme, format: .national, status: .planned, objectiveCode: s.digitalEngagement),
                try Tactic(code: "tac:nsclc-centre-visits", title: "Readiness visits to certified lung cancer centres",
                           kind: .faceToFaceVisits, format: .national, status: .planned, objectiveCode: s.launchReadiness),
                try Tactic(code: "tac:ild-webinars", title: "ILD recognition and management webinar series",
                           kind: .digitalProgramme, format: .national, status: .planned, objectiveCode: "obj:ild-awareness"),
            ],
            studySites: try sites(DemoIDs.oncaviaStudy, [
                ("uk-elbhoehe", "National reference centre, 68 trials, strong thoracic oncology unit"),
                ("uk-isarhoehe", "Tier-1 centre with the largest EGFR cohort in the South, 74 trials"),
                ("uk-spreebogen", "Tier-1 centre, high NSCLC volume, experienced study unit"),
                ("uk-ruhrpark", "Tier-1 centre, West German lung cancer network hub"),
                ("uk-breisgau", "Phase-III experience and molecular tumour board"),
                ("uk-leineufer", "Fast start-up record in previous oncology trials"),
                ("uk-pleissental", "Large referral base from Saxony"),
                ("uk-aaseeufer", "Strong thoracic surgery and pathology"),
            ]) + (try sites(DemoIDs.cardelinRegistry, [
                ("hz-alstertal", "High HF discharge volume"), ("hk-killesberg", "Registry experience"),
                ("hz-elbauen", "HF network lead in Saxony"), ("hz-niederrhein", "Outpatient HF clinic"),
                ("uk-leineufer", "Renal-cardiology joint clinic"),
            ])),
            channelMix: try mix(oncavia: 75, cardelin: 50, respiflo: 30),
            listeningPriorities: try listeningPriorities())
    }

    private static func regional() throws(ValidationError) -> [Plan] {
        let s = ObjectiveCode.self
        let north = try Plan(
            id: DemoIDs.regionalPlan(DemoIDs.north), period: DemoIDs.period, scope: .region(DemoIDs.north), status: .approved,
            objectives: try ObjectiveCatalog.objectives([
                s.heartFailureGuidelines, s.launchReadiness, s.biomarkerTesting, "obj:north-hf-network", s.cardelinAccess,
                s.studySites, s.respifloRetention, s.nationalEducation, s.digitalEngagement, "obj:renal-hf-evidence",
            ], regionName: "North"),
            tactics: [
                try Tactic(code: "tac:north-tumour-board-evenings", title: "Hamburg and Hannover tumour-board evenings on NGS testing (own curriculum)",
                           kind: .educationalEvent, format: .local, status: .planned, objectiveCode: s.nationalEducation),
                try Tactic(code: "tac:north-discharge-visits", title: "Cardiology ward visits on discharge titration",
                           kind: .faceToFaceVisits, format: .local, status: .inProgress, objectiveCode: s.heartFailureGuidelines),
                try Tactic(code: "tac:north-hf-network-board", title: "North HF discharge network advisory board",
                           kind: .advisoryBoard, format: .local, status: .planned, objectiveCode: "obj:north-hf-network"),
                try Tactic(code: "tac:north-301-nominations", title: "Oncavia-301 nominations North",
                           kind: .studySiteNomination, format: .local, status: .inProgress, objectiveCode: s.studySites),
            ],
            studySites: try sites(DemoIDs.oncaviaStudy, [
                ("uk-elbhoehe", "Our strongest thoracic oncology team"), ("uk-leineufer", "Motivated PI, fast contracts"),
                ("oz-eilenriede", "High EGFR volume, investigator keen to start"),
            ]) + (try sites(DemoIDs.cardelinRegistry, [("hz-alstertal", "Discharge network lead"), ("uk-leineufer", "Renal-cardiology clinic")])),
            channelMix: try mix(oncavia: 75, cardelin: 55, respiflo: 30))
        let south = try Plan(
            id: DemoIDs.regionalPlan(DemoIDs.south), period: DemoIDs.period, scope: .region(DemoIDs.south), status: .inReview,
            objectives: try ObjectiveCatalog.objectives([
                s.studySites, s.launchReadiness, s.biomarkerTesting, "obj:south-investigator-network", s.heartFailureGuidelines,
                s.cardelinAccess, s.nationalEducation, "obj:ild-awareness", s.respifloRetention, s.digitalEngagement,
            ], regionName: "South"),
            tactics: [
                try Tactic(code: "tac:south-academy-munich", title: "NSCLC Testing Academy, Munich edition",
                           kind: .educationalEvent, format: .national, status: .planned, objectiveCode: s.nationalEducation),
                try Tactic(code: "tac:south-investigator-meeting", title: "Bavarian first-time investigator meeting",
                           kind: .advisoryBoard, format: .local, status: .planned, objectiveCode: "obj:south-investigator-network"),
                try Tactic(code: "tac:south-301-nominations", title: "Oncavia-301 nominations South",
                           kind: .studySiteNomination, format: .local, status: .inProgress, objectiveCode: s.studySites),
                try Tactic(code: "tac:south-centre-visits", title: "Launch-readiness visits to Bavarian centres",
                           kind: .faceToFaceVisits, format: .local, status: .inProgress, objectiveCode: s.launchReadiness),
            ],
            studySites: try sites(DemoIDs.oncaviaStudy, [
                ("kl-lechfeld", "Long-standing relationship, motivated oncologist"),
                ("kh-st-emmeram", "Investigator asked for a first industry study"),
                ("kl-wertachtal", "Rural patients otherwise travel 90 minutes"),
                ("lz-ammersee", "Pulmonologist refers many EGFR patients"),
                ("tk-donaubogen", "Day clinic with committed study nurse"),
                ("px-brunner", "Practice oncologist, regional opinion leader"),
                ("mvz-isartor", "Large outpatient NSCLC panel"),
            ]) + (try sites(DemoIDs.cardelinRegistry, [("hk-killesberg", "Registry experience")])),
            channelMix: try mix(oncavia: 85, cardelin: 60, respiflo: 35))
        let east = try Plan(
            id: DemoIDs.regionalPlan(DemoIDs.east), period: DemoIDs.period, scope: .region(DemoIDs.east), status: .approved,
            objectives: try ObjectiveCatalog.objectives([
                s.launchReadiness, s.biomarkerTesting, s.heartFailureGuidelines, s.studySites, s.cardelinAccess,
                s.nationalEducation, "obj:east-remote-network", s.respifloRetention, s.digitalEngagement, "obj:renal-hf-evidence",
            ], regionName: "East"),
            tactics: [
                try Tactic(code: "tac:east-academy-online", title: "NSCLC Testing Academy, live online edition",
                           kind: .educationalEvent, format: .national, status: .planned, objectiveCode: s.nationalEducation),
                try Tactic(code: "tac:east-case-conference", title: "Monthly remote case conference",
                           kind: .digitalProgramme, format: .local, status: .inProgress, objectiveCode: "obj:east-remote-network"),
                try Tactic(code: "tac:east-301-nominations", title: "Oncavia-301 nominations East",
                           kind: .studySiteNomination, format: .local, status: .inProgress, objectiveCode: s.studySites),
                try Tactic(code: "tac:east-copd-practice-visits", title: "COPD practice visits in Berlin and Brandenburg",
                           kind: .faceToFaceVisits, format: .local, status: .planned, objectiveCode: s.respifloRetention),
            ],
            studySites: try sites(DemoIDs.oncaviaStudy, [
                ("uk-spreebogen", "Reference centre for the East"), ("uk-pleissental", "Large referral base"),
                ("oz-auenwald", "Experienced outpatient study unit"),
            ]) + (try sites(DemoIDs.cardelinRegistry, [("hz-elbauen", "HF network lead")])),
            channelMix: try mix(oncavia: 55, cardelin: 35, respiflo: 75))
        let west = try Plan(
            id: DemoIDs.regionalPlan(DemoIDs.west), period: DemoIDs.period, scope: .region(DemoIDs.west), status: .inReview,
            objectives: try ObjectiveCatalog.objectives([
                s.launchReadiness, s.heartFailureGuidelines, s.cardelinAccess, s.respifloRetention, "obj:west-copd-pathway",
                s.studySites, s.nationalEducation, s.digitalEngagement, "obj:ild-awareness",
            ], regionName: "West"),
            tactics: [
                try Tactic(code: "tac:west-academy-cologne", title: "NSCLC Testing Academy, Cologne edition",
                           kind: .educationalEvent, format: .national, status: .planned, objectiveCode: s.nationalEducation),
                try Tactic(code: "tac:west-copd-pathway-board", title: "Rhine-Ruhr COPD pathway advisory board",
                           kind: .advisoryBoard, format: .local, status: .planned, objectiveCode: "obj:west-copd-pathway"),
                try Tactic(code: "tac:west-301-nominations", title: "Oncavia-301 nominations West",
                           kind: .studySiteNomination, format: .local, status: .inProgress, objectiveCode: s.studySites),
                try Tactic(code: "tac:west-practice-visits", title: "Inhaler-technique visits to GP practices",
                           kind: .faceToFaceVisits, format: .local, status: .inProgress, objectiveCode: s.respifloRetention),
            ],
            studySites: try sites(DemoIDs.oncaviaStudy, [
                ("uk-ruhrpark", "Network hub"), ("uk-rheinaue", "Our key university hospital, new thoracic unit"),
                ("uk-aaseeufer", "Strong pathology"),
            ]) + (try sites(DemoIDs.cardelinRegistry, [("hz-niederrhein", "Outpatient HF clinic")])),
            channelMix: try mix(oncavia: 70, cardelin: 50, respiflo: 30))
        return [north, south, east, west]
    }

    private static func sites(_ study: String, _ list: [(String, String)]) throws(ValidationError) -> [StudySiteNomination] {
        var result: [StudySiteNomination] = []
        for (slug, rationale) in list {
            result.append(try StudySiteNomination(study: study, institutionID: "inst:" + slug, rationale: rationale))
        }
        return result
    }

    private static func mix(oncavia: Int, cardelin: Int, respiflo: Int) throws(ValidationError) -> [ChannelShare] {
        [
            try ChannelShare(productID: DemoIDs.oncavia, faceToFaceShare: oncavia),
            try ChannelShare(productID: DemoIDs.cardelin, faceToFaceShare: cardelin),
            try ChannelShare(productID: DemoIDs.respiflo, faceToFaceShare: respiflo),
        ]
    }

    /// The national listening priorities: code, question, theme.
    static let listening: [(String, String, ThemeCode)] = [
        ("lp:ngs-turnaround", "How long does NGS testing take from biopsy to tumour board, and where does it stall?", "diagnostic-pathway"),
        ("lp:second-line-sequencing", "What do thoracic oncologists use after progression on the current TKI standard?", "treatment-practice"),
        ("lp:ild-perception", "How do oncologists weigh ILD risk for new EGFR agents?", "safety-perception"),
        ("lp:hf-titration", "What stops up-titration after a heart-failure admission?", "treatment-practice"),
        ("lp:renal-hf", "Which HF patients with impaired renal function stay untreated?", "unmet-need"),
        ("lp:formulary-barriers", "Which hospital or payer rules block Cardelin?", "access-reimbursement"),
        ("lp:generic-switching", "How are COPD patients switched when generics arrive, and by whom?", "competitor"),
        ("lp:study-capacity", "Which centres have the capacity and patients for Oncavia-301?", "study-interest"),
        ("lp:education-formats", "Which education formats do HCPs actually attend?", "education-need"),
        ("lp:remote-engagement", "How do HCPs we cannot visit want to be reached?", "channel-preference"),
        ("lp:untreated-subgroups", "Which patient groups fall outside current treatment algorithms?", "unmet-need"),
        ("lp:safety-questions", "Which safety questions do HCPs raise most often, and what would answer them?", "safety-perception"),
        ("lp:access-barriers", "Where do hospital or payer rules delay treatment?", "access-reimbursement"),
        ("lp:competitive-landscape", "How do HCPs compare our products with the alternatives?", "competitor"),
        ("lp:referral-delays", "Where do patients lose time between first symptoms and specialist care?", "diagnostic-pathway"),
        ("lp:copd-step-down", "When and how do practices step down COPD triple therapy?", "treatment-practice"),
        ("lp:registry-interest", "Which HF centres want to contribute real-world data?", "study-interest"),
    ]

    private static func listeningPriorities() throws(ValidationError) -> [ListeningPriority] {
        var result: [ListeningPriority] = []
        for (code, question, theme) in listening {
            result.append(try ListeningPriority(code: code, question: question, theme: theme))
        }
        return result
    }
}
