import LiaisonCore

/// The decisions on the flash points of seed 000 (national educational format, one national
/// voice to global, study entry for key university hospitals) and on the tensions they feed.
struct FlashPointDecisions {
    let writer: DecisionWriter

    private var ids: DecisionIDs { writer.world.decisionIDs }
    private var rmd: (RegionID) -> PersonID { writer.world.organisation.rmd(of:) }

    /// Builds the decisions.
    func make() throws(ValidationError) -> [Decision] {
        let w = writer, n = DemoIDs.north, s = DemoIDs.south, e = DemoIDs.east, wst = DemoIDs.west
        let national = DemoIDs.nationalPlan, md = DemoIDs.medicalDirector, hq = DemoIDs.strategyLead
        let educationEvidence = w.evidence("education-need", region: n, product: DemoIDs.oncavia)
            + w.evidence("education-need", region: s, product: DemoIDs.oncavia, count: 2)
        let studyWest = w.evidence("study-interest", region: wst, product: DemoIDs.oncavia)
        let studySouth = w.evidence("study-interest", region: s, product: DemoIDs.oncavia, count: 4)
        let southPlan = DemoIDs.regionalPlan(s)
        let southSites = ["kl-lechfeld", "kh-st-emmeram", "kl-wertachtal", "lz-ammersee", "tk-donaubogen", "px-brunner", "mvz-isartor"]
        return [
            try w.decision(
                ids.educationFormat, "National format for NSCLC testing education in 2027-H1",
                topic: .educationalFormat, scope: .national,
                field: Case(argument: "Local tumour-board evenings reach community oncologists and pathologists that a national curriculum misses; regions know their pathways.",
                            evidence: w.refs(educationEvidence) + [w.tactic(DemoIDs.regionalPlan(n), "tac:north-tumour-board-evenings")]),
                office: Case(argument: "One national curriculum keeps the scientific message consistent before launch and is the only format we can review and accredit in time.",
                             evidence: [w.objective(national, ObjectiveCode.nationalEducation), w.tactic(national, "tac:nsclc-academy")]),
                stances: [
                    (rmd(n), .oppose, "Our evenings already run with pathologists at the table; forcing the academy format costs us two cities."),
                    (rmd(s), .support, "Fine as long as Munich hosts its own edition."),
                    (rmd(e), .support, "The online edition suits our remote region."),
                    (rmd(wst), .abstain, "No strong view; Cologne edition planned either way."),
                    (hq, .support, "Needed for consistent pre-launch communication."),
                ],
                created: 62, createdBy: hq,
                ruling: Ruling(mode: .executiveRuling, by: md, day: 41,
                               outcome: "The NSCLC Testing Academy is the one national format for NSCLC testing education in 2027-H1. Regions host editions and may add local cases, but run no separate curricula.",
                               rationale: "Pre-launch scientific communication must be consistent and reviewable; local cases keep regional relevance. North's concern is noted for the review."),
                status: .decided, review: DemoClock.date(2027, 3, 31), insightIDs: educationEvidence),
            try w.decision(
                ids.nationalVoice, "One national voice to global on the Oncavia launch sequence",
                topic: .nationalVoice, scope: .national,
                field: Case(argument: "The RMDs hear the centres directly; the regional picture (testing gaps in the East, study demand in the South) gets lost if only HQ speaks to global.",
                            evidence: w.refs(w.evidence("treatment-practice", product: DemoIDs.oncavia, count: 4))),
                office: Case(argument: "Global expects one consolidated German position; HQ strategy prepares it with RMD input and the medical director signs it off.",
                             evidence: [w.objective(national, ObjectiveCode.launchReadiness), EvidenceRef(.plan, national)]),
                stances: [
                    (rmd(n), .support, "One voice is stronger, provided our input is in the briefing."),
                    (rmd(s), .support, "Agree, with a written regional annex."),
                    (rmd(e), .oppose, "The East's testing gap disappears in a national average; an RMD should present it."),
                    (rmd(wst), .oppose, "We lose the direct line to global that the RMD role was created for."),
                    (hq, .support, "Global asked for a single contact."),
                ],
                created: 20, createdBy: hq, ruling: nil, status: .open, review: DemoClock.date(2026, 12, 4)),
            try w.decision(
                ids.studyEntryRheinaue, "Study entry for Universitätsklinikum Rheinaue in Oncavia-301",
                topic: .studyEntry, scope: .region(wst),
                field: Case(argument: "Rheinaue is West's key university hospital with a new thoracic unit and a motivated investigator; leaving it out damages the relationship.",
                            evidence: w.refs(studyWest) + [EvidenceRef(.institution, DemoIDs.westKeyUniversityHospital),
                                                          w.site(DemoIDs.regionalPlan(wst), DemoIDs.oncaviaStudy, DemoIDs.westKeyUniversityHospital)]),
                office: Case(argument: "Rheinaue has 14 trials and influence tier 2; the shortlist already holds Ruhrpark (tier 1) in the same network.",
                             evidence: [EvidenceRef(.institution, "inst:uk-ruhrpark"), w.objective(national, ObjectiveCode.studySites),
                                        w.site(national, DemoIDs.oncaviaStudy, "inst:uk-ruhrpark")]),
                stances: [
                    (rmd(wst), .support, "Our key university hospital must be in the study."),
                    (rmd(s), .support, "Same logic applies to our community sites."),
                    (rmd(n), .abstain, "Depends on feasibility data."),
                    (rmd(e), .oppose, "Site count is limited; tier-1 centres first."),
                ],
                created: 75, createdBy: rmd(wst),
                ruling: Ruling(mode: .compromise, by: md, day: 50,
                               outcome: "Rheinaue joins Oncavia-301 as a satellite of Ruhrpark after a feasibility visit; the national shortlist stays unchanged.",
                               rationale: "Keeps the relationship and the recruitment potential without displacing a tier-1 centre."),
                status: .decided, review: DemoClock.date(2027, 2, 15), insightIDs: studyWest),
            try w.decision(
                ids.southSiteShortlist, "Escalated: Oncavia-301 sites in the South, field nominations vs national shortlist",
                topic: .studyEntry, scope: .region(s),
                field: Case(argument: "Seven community sites with long-standing relationships and motivated investigators; patients would otherwise travel far.",
                            evidence: southSites.map { w.site(southPlan, DemoIDs.oncaviaStudy, "inst:" + $0) } + w.refs(studySouth)),
                office: Case(argument: "None of the seven has influence beyond its town or more than two trials; Isarhöhe, the South's tier-1 reference centre with 74 trials, is not nominated.",
                             evidence: [EvidenceRef(.institution, DemoIDs.unsupportedReferenceCentre),
                                        w.site(national, DemoIDs.oncaviaStudy, DemoIDs.unsupportedReferenceCentre),
                                        w.objective(national, ObjectiveCode.studySites)]),
                stances: [
                    (rmd(s), .support, "These investigators have waited years for a study; Isarhöhe is saturated with competing trials."),
                    (hq, .oppose, "Recruitment quality and visibility need the reference centre."),
                ],
                created: 48, createdBy: rmd(s), ruling: nil, status: .open, review: DemoClock.date(2026, 10, 30),
                insightIDs: studySouth),
            try w.decision(
                ids.respifloEastChannel, "Face-to-face share for Respiflo in East",
                topic: .channelMix, scope: .region(e),
                field: Case(argument: "Practices in the East want hands-on inhaler training; visits are the relationship we have left before generics.",
                            evidence: w.refs(w.evidence("channel-preference", region: e, count: 3))),
                office: Case(argument: "A mature product with limited access in the East does not justify a 75% face-to-face share; remote inhaler-technique sessions reach more practices.",
                             evidence: [w.objective(national, ObjectiveCode.respifloRetention), EvidenceRef(.plan, DemoIDs.regionalPlan(e))]),
                stances: DemoIDs.regions.map { (rmd($0), StancePosition.support, "Agreed in the RMD round.") },
                created: 160, createdBy: hq,
                ruling: Ruling(mode: .consensus, by: md, day: 130,
                               outcome: "East lowers the Respiflo face-to-face share to 40% and moves practice support to remote inhaler-technique sessions.",
                               rationale: "Matches access and preferences in the East; frees visit time for the Oncavia launch."),
                status: .decided, review: DemoClock.date(2026, 10, 15)),
            try w.decision(
                ids.launchHeadcount, "MSL capacity for the Oncavia launch",
                topic: .resourceAllocation, scope: .national,
                field: Case(argument: "South and West carry the respiratory generic transition; losing half a position each leaves practices without support.",
                            evidence: w.refs(w.evidence("competitor", product: DemoIDs.respiflo, count: 3))),
                office: Case(argument: "The launch needs two more oncology MSLs by Q1; respiratory work can move to remote formats.",
                             evidence: [w.objective(national, ObjectiveCode.launchReadiness), w.objective(national, ObjectiveCode.digitalEngagement)]),
                stances: [
                    (rmd(n), .support, "Launch first."), (rmd(s), .oppose, "Our COPD practices will notice immediately."),
                    (rmd(e), .abstain, "We are already remote-first."), (rmd(wst), .oppose, "Generic entry hits the West hardest."),
                ],
                created: 95, createdBy: hq,
                ruling: Ruling(mode: .executiveRuling, by: hq, day: 80,
                               outcome: "Two MSL positions move from respiratory to oncology for the launch; South and West each give up half a position.",
                               rationale: "Launch readiness is the top national objective; the headcount plan was due to global."),
                status: .decided, review: DemoClock.date(2027, 1, 31)),
        ]
    }
}
